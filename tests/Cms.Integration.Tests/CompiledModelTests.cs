using System.Reflection;
using System.Text.RegularExpressions;
using Cms.Data;
using Cms.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Integration.Tests;

/// <summary>
/// The compiled EF model each provider starts from (<c>src/Cms.Data/CompiledModels</c>) is the code EF generates for the
/// model the site's context builds from <c>OnModelCreating</c>, every module and the host's services included: a model
/// change without regenerating it (<c>src/Cms.Data/README.md</c>, "Changing the schema") fails here, naming the file.
/// </summary>
public partial class CompiledModelTests
{
    [Theory]
    [InlineData("Sqlite", typeof(SqliteCmsDbContext))]
    [InlineData("Postgres", typeof(PostgresCmsDbContext))]
    public async Task The_compiled_model_is_the_one_the_site_builds(string provider, Type contextType)
    {
        var dataDirectory = TestDirectory.NewPath("cms-compiled-model");
        // Neither store is opened: the host is built, not started, and the model needs no connection.
        await using var app = CmsHost.Build([$"--Cms:DataDirectory={dataDirectory}", $"--Cms:Database:Provider={provider}",
            "--ConnectionStrings:Cms=" + (provider == "Postgres" ? "Host=127.0.0.1;Database=cms_never_opened" : $"Data Source={dataDirectory}/cms.db")]);
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        Assert.IsType(contextType, db);

        var folder = Path.GetDirectoryName(TestDirectory.FindRepositoryFile($"src/Cms.Data/CompiledModels/{provider}/{contextType.Name}Model.cs"))!;
        var expected = Generate(db, $"Cms.Data.CompiledModels.{provider}")
            .Where(f => !f.Path.EndsWith("AssemblyAttributes.cs", StringComparison.Ordinal)) // the model is named by UseModel, never discovered
            .ToDictionary(f => f.Path, f => f.Code);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), Directory.GetFiles(folder, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (file, code) in expected)
        {
            var stored = File.ReadAllText(Path.Combine(folder, file));
            Assert.True(Normalized(stored) == Normalized(code), $"{Path.Combine(folder, file)} is stale: regenerate the compiled models (src/Cms.Data/README.md, \"Changing the schema\").");
        }
        TestDirectory.Delete(dataDirectory);
    }

    // What `dotnet ef dbcontext optimize` writes for this context's model (its design-time form, built from OnModelCreating).
    private static IReadOnlyCollection<ScaffoldedFile> Generate(DbContext db, string modelNamespace)
    {
        var services = new ServiceCollection();
        services.AddEntityFrameworkDesignTimeServices();
        services.AddDbContextDesignTimeServices(db);
        // A provider's name is its assembly's, which names its design-time services as `dotnet ef` finds them.
        var providerAssembly = Assembly.Load(db.Database.ProviderName!);
        var providerServices = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()!.TypeName;
        ((IDesignTimeServices)Activator.CreateInstance(providerAssembly.GetType(providerServices, throwOnError: true)!)!).ConfigureDesignTimeServices(services);
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = db.GetType(),
            ModelNamespace = modelNamespace,
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        var generator = services.BuildServiceProvider().GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options);
        return generator.GenerateModel(db.GetService<IDesignTimeModel>().Model, options);
    }

    // The generator writes a byte-order mark and the platform's line ends when it saves, and gives each model it
    // generates a new id (a random Guid): compare the rest.
    private static string Normalized(string code) =>
        ModelId().Replace(code.TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid()");

    [GeneratedRegex(@"modelId: new Guid\(""[0-9a-f-]+""\)")]
    private static partial Regex ModelId();
}
