using Cms.Abstractions.Data;
using Cms.Abstractions.Recipes;
using Cms.Recipes.Models;
using Microsoft.Extensions.Configuration;

namespace Cms.Recipes.Services;

/// <summary>
/// Runs a recipe file. Before anything is written, every step's name must be known and every expression must
/// resolve; then the steps run in order, each in its own transaction (a failing step rolls back what it wrote and
/// stops the recipe; the steps before it stay). Steps that commit their own work in batches
/// (<see cref="ISelfCommittingRecipeStep"/>) are not wrapped. Orchard Core steps we do not run yet are skipped with a
/// warning (<see cref="OrchardStepNames"/>). Parameters default from the environment (<see cref="IRecipeEnvironmentProvider"/>).
/// </summary>
public sealed class RecipeExecutor(
    IEnumerable<IRecipeStepHandler> handlers,
    IEnumerable<IRecipeEnvironmentProvider> environment,
    IConfiguration configuration,
    IUnitOfWork unitOfWork) : IRecipeExecutor
{
    public async Task<RecipeReport> ExecuteFileAsync(string path, bool dryRun, TextWriter output, RecipeOrigin origin,
        IReadOnlyDictionary<string, string>? parameters = null, CancellationToken cancellationToken = default)
    {
        var recipe = await RecipeReader.ReadFileAsync(path, cancellationToken);
        var prepared = await PrepareAsync(recipe, origin, parameters, cancellationToken);
        return await RunAsync(prepared, dryRun, output, cancellationToken);
    }

    /// <summary>
    /// Checks every step name and resolves every expression, writing nothing: a recipe that cannot run is refused
    /// here whole, with the step and property at fault.
    /// </summary>
    public async Task<PreparedRecipe> PrepareAsync(RecipeDescriptor recipe, RecipeOrigin origin,
        IReadOnlyDictionary<string, string>? parameters, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var provider in environment)
        {
            await provider.PopulateAsync(values, cancellationToken);
        }
        foreach (var (name, value) in parameters ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }
        return Prepare(recipe, RecipeFiles.RootFor(recipe.Directory, origin), values);
    }

    private PreparedRecipe Prepare(RecipeDescriptor recipe, string fileRoot, IReadOnlyDictionary<string, string> parameters)
    {
        var byName = new Dictionary<string, IRecipeStepHandler>(StringComparer.OrdinalIgnoreCase);
        foreach (var handler in handlers)
        {
            byName.TryAdd(handler.Name, handler);
        }

        var unknown = recipe.Steps.Where(s => !byName.ContainsKey(s.Name) && !OrchardStepNames.NotSupported.Contains(s.Name)).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", byName.Keys.Order(StringComparer.OrdinalIgnoreCase));
            throw new RecipeException(
                $"{recipe.FilePath} : étape inconnue {string.Join(", ", unknown.Select(s => $"{s.Index} « {s.Name} »"))} ; " +
                $"rien n'a été écrit. Étapes connues : {known}.");
        }

        var evaluator = new RecipeExpressionEvaluator(recipe.Directory, recipe.Variables, parameters, fileRoot, configuration);
        var steps = new List<PreparedStep>();
        var skipped = new List<string>();
        foreach (var step in recipe.Steps)
        {
            if (byName.TryGetValue(step.Name, out var handler))
            {
                steps.Add(new PreparedStep(step.Index, step.Name, handler, evaluator.ResolveStep(step.Json, step.Index, step.Name)));
            }
            else
            {
                skipped.Add($"étape {step.Index} « {step.Name} » d'Orchard Core pas encore prise en charge : ignorée.");
            }
        }
        return new PreparedRecipe(recipe, fileRoot, steps, skipped);
    }

    /// <summary>Runs the steps in order; a failing step throws <see cref="RecipeException"/> naming it, after rolling back its writes.</summary>
    public async Task<RecipeReport> RunAsync(PreparedRecipe prepared, bool dryRun, TextWriter output, CancellationToken cancellationToken)
    {
        var recipe = prepared.Recipe;
        var report = new RecipeReport();
        report.Warnings.AddRange(prepared.SkippedSteps);
        await output.WriteLineAsync($"Recette « {recipe.DisplayName ?? recipe.Name} » : {prepared.Steps.Count} étape(s){(dryRun ? " (essai à blanc : rien n'est écrit)" : "")}.");
        foreach (var step in prepared.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var context = new RecipeStepContext
            {
                RecipeName = recipe.Name,
                StepIndex = step.Index,
                StepName = step.Handler.Name,
                Step = step.Json,
                RecipeDirectory = recipe.Directory,
                FileRoot = prepared.FileRoot,
                DryRun = dryRun,
                Report = report,
                Output = output,
            };
            await output.WriteLineAsync($"Étape {step.Index} « {step.Name} »…");
            await RunStepAsync(step.Handler, context, cancellationToken);
        }
        return report;
    }

    private async Task RunStepAsync(IRecipeStepHandler handler, RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (handler is ISelfCommittingRecipeStep)
        {
            await WrapErrors(() => handler.ExecuteAsync(context, cancellationToken), context);
            return;
        }

        await using var transaction = await unitOfWork.BeginAsync(cancellationToken);
        await WrapErrors(() => handler.ExecuteAsync(context, cancellationToken), context);
        if (context.DryRun)
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task WrapErrors(Func<Task> run, RecipeStepContext context)
    {
        try
        {
            await run();
        }
        catch (RecipeException e) when (!e.Message.StartsWith("Étape ", StringComparison.Ordinal))
        {
            throw new RecipeException($"Étape {context.StepIndex} « {context.StepName} » : {e.Message}", e);
        }
        catch (Exception e) when (e is not RecipeException and not OperationCanceledException)
        {
            throw new RecipeException($"Étape {context.StepIndex} « {context.StepName} » : {e.Message} Ce que l'étape avait écrit est annulé.", e);
        }
    }

    /// <summary>Parses <c>name=value</c> pairs given on the command line into recipe parameters.</summary>
    public static IReadOnlyDictionary<string, string> ParseParameters(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) throw new RecipeException($"Paramètre « {pair} » : attendu nom=valeur.");
            result[pair[..equals]] = pair[(equals + 1)..];
        }
        return result;
    }
}

/// <summary>A recipe whose step names are known and whose expressions are resolved.</summary>
public sealed record PreparedRecipe(RecipeDescriptor Recipe, string FileRoot, IReadOnlyList<PreparedStep> Steps, IReadOnlyList<string> SkippedSteps);

public sealed record PreparedStep(int Index, string Name, IRecipeStepHandler Handler, System.Text.Json.Nodes.JsonObject Json);
