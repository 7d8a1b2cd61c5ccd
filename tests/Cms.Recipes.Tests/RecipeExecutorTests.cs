using Cms.Abstractions.Data;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Services;

namespace Cms.Recipes.Tests;

/// <summary>The executor's order of work, with recording steps and a recording unit of work (no store).</summary>
public sealed class RecipeExecutorTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("cms-recipe-exec").FullName;
    private readonly List<string> log = [];

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string Write(string json)
    {
        var path = Path.Combine(directory, "r.recipe.json");
        File.WriteAllText(path, json);
        return path;
    }

    private RecipeExecutor Executor(params IRecipeStepHandler[] handlers) => Executor([], handlers);

    private RecipeExecutor Executor(IRecipeEnvironmentProvider[] environment, params IRecipeStepHandler[] handlers) =>
        new(handlers, environment, new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build(), new RecordingUnitOfWork(log));

    [Fact]
    public async Task Orchard_steps_not_supported_yet_are_skipped_with_a_warning_and_never_evaluated()
    {
        var path = Write("""
            { "steps": [
                { "name": "layers", "Layers": [ { "Name": "Always", "Rule": "true" } ] },
                { "name": "one" },
                { "name": "queries", "Queries": [ { "Template": "[js: something('we cannot run')]" } ] } ] }
            """);
        var report = await Executor(new Recording("one", log)).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload);
        Assert.Equal(["begin", "run one", "commit"], log);
        Assert.Equal(2, report.Warnings.Count);
        Assert.Contains("étape 1 « layers »", report.Warnings[0]);
        Assert.Contains("étape 3 « queries »", report.Warnings[1]);
    }

    [Fact]
    public async Task A_step_name_neither_ours_nor_Orchards_still_refuses_the_whole_recipe()
    {
        var path = Write("""{ "steps": [ { "name": "one" }, { "name": "contnet" } ] }""");
        var e = await Assert.ThrowsAsync<RecipeException>(() => Executor(new Recording("one", log)).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload));
        Assert.Contains("2 « contnet »", e.Message);
        Assert.Empty(log);
    }

    [Fact]
    public async Task Parameters_default_from_the_environment_and_the_command_line_wins()
    {
        var path = Write("""{ "steps": [ { "name": "one", "Owner": "[js: parameters('AdminUserId')]", "Site": "[js: parameters('SiteName')]" } ] }""");
        var step = new Recording("one", log);
        await Executor([new Environment(new() { ["AdminUserId"] = "u-1", ["SiteName"] = "Agenda" })], step)
            .ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload, parameters: new Dictionary<string, string> { ["SiteName"] = "Autre" });
        Assert.Equal("u-1", (string)step.Seen!.Property("Owner")!);
        Assert.Equal("Autre", (string)step.Seen.Property("Site")!);
    }

    private sealed class Environment(Dictionary<string, string> values) : IRecipeEnvironmentProvider
    {
        public Task PopulateAsync(IDictionary<string, string> environment, CancellationToken cancellationToken)
        {
            foreach (var (key, value) in values) environment[key] = value;
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Each_step_runs_in_its_own_committed_transaction()
    {
        var path = Write("""{ "steps": [ { "name": "one", "v": "[js:uuid()]" }, { "name": "TWO" } ] }""");
        await Executor(new Recording("one", log), new Recording("two", log)).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload);
        Assert.Equal(["begin", "run one", "commit", "begin", "run two", "commit"], log);
    }

    [Fact]
    public async Task An_unknown_step_stops_the_recipe_before_anything_runs()
    {
        var path = Write("""{ "steps": [ { "name": "one" }, { "name": "frobnicate" } ] }""");
        var e = await Assert.ThrowsAsync<RecipeException>(() => Executor(new Recording("one", log)).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload));
        Assert.Contains("2 « frobnicate »", e.Message);
        Assert.Contains("rien n'a été écrit", e.Message);
        Assert.Empty(log);
    }

    [Fact]
    public async Task A_bad_expression_in_a_later_step_stops_the_recipe_before_anything_runs()
    {
        var path = Write("""{ "steps": [ { "name": "one" }, { "name": "one", "x": "[js: eval('1')]" } ] }""");
        var e = await Assert.ThrowsAsync<RecipeException>(() => Executor(new Recording("one", log)).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload));
        Assert.Contains("Étape 2 « one », propriété « x »", e.Message);
        Assert.Empty(log);
    }

    [Fact]
    public async Task A_failing_step_is_rolled_back_and_stops_the_recipe()
    {
        var path = Write("""{ "steps": [ { "name": "one" }, { "name": "boom" }, { "name": "one" } ] }""");
        var e = await Assert.ThrowsAsync<RecipeException>(() =>
            Executor(new Recording("one", log), new Recording("boom", log, fail: true)).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload));
        Assert.StartsWith("Étape 2 « boom »", e.Message);
        Assert.Equal(["begin", "run one", "commit", "begin", "run boom", "rollback"], log);
    }

    [Fact]
    public async Task A_dry_run_rolls_every_step_back()
    {
        var path = Write("""{ "steps": [ { "name": "one" } ] }""");
        await Executor(new Recording("one", log)).ExecuteFileAsync(path, true, TextWriter.Null, RecipeOrigin.Upload);
        Assert.Equal(["begin", "run one (dry)", "rollback"], log);
    }

    [Fact]
    public async Task A_self_committing_step_is_not_wrapped()
    {
        var path = Write("""{ "steps": [ { "name": "bulk" } ] }""");
        await Executor(new SelfCommitting("bulk", log)).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload);
        Assert.Equal(["run bulk"], log);
    }

    [Fact]
    public async Task Steps_see_resolved_json_parameters_and_the_recipe_folder()
    {
        var path = Write("""{ "variables": { "n": "[js: parameters('who')]" }, "steps": [ { "name": "one", "Who": "[js:variables('n')]" } ] }""");
        var step = new Recording("one", log);
        await Executor(step).ExecuteFileAsync(path, false, TextWriter.Null, RecipeOrigin.Upload, parameters: new Dictionary<string, string> { ["who"] = "DINUM" });
        Assert.Equal("DINUM", (string)step.Seen!.Property("who")!);
        Assert.Equal(directory, step.Seen.RecipeDirectory);
    }

    private class Recording(string name, List<string> log, bool fail = false) : IRecipeStepHandler
    {
        public string Name => name;
        public RecipeStepContext? Seen { get; private set; }

        public Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
        {
            Seen = context;
            log.Add($"run {name}{(context.DryRun ? " (dry)" : "")}");
            if (fail) throw new InvalidOperationException("boom");
            return Task.CompletedTask;
        }
    }

    private sealed class SelfCommitting(string name, List<string> log) : Recording(name, log), ISelfCommittingRecipeStep;

    private sealed class RecordingUnitOfWork(List<string> log) : IUnitOfWork
    {
        public bool InTransaction { get; private set; }

        public Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken = default)
        {
            log.Add("begin");
            InTransaction = true;
            return Task.FromResult<IUnitOfWorkTransaction>(new Transaction(this, log));
        }

        public Task OnCommitted(Func<CancellationToken, Task> callback, CancellationToken cancellationToken = default) => callback(cancellationToken);

        private sealed class Transaction(RecordingUnitOfWork owner, List<string> log) : IUnitOfWorkTransaction
        {
            private bool done;
            public Task CommitAsync(CancellationToken cancellationToken = default) { log.Add("commit"); done = true; owner.InTransaction = false; return Task.CompletedTask; }
            public Task RollbackAsync(CancellationToken cancellationToken = default) { log.Add("rollback"); done = true; owner.InTransaction = false; return Task.CompletedTask; }
            public Task SavepointAsync(string name, CancellationToken cancellationToken = default) => Task.CompletedTask;
            public Task RollbackToSavepointAsync(string name, CancellationToken cancellationToken = default) => Task.CompletedTask;
            public ValueTask DisposeAsync()
            {
                if (!done) { log.Add("rollback"); owner.InTransaction = false; }
                return ValueTask.CompletedTask;
            }
        }
    }
}
