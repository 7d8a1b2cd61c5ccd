namespace Cms.Abstractions.Recipes;

/// <summary>
/// A recipe step that commits its own work, in batches (e.g. <c>markdown-import</c>: thousands of documents, each
/// written whole or not at all). The recipe executor does not wrap such a step in one transaction; the step must
/// still leave nothing half-written when it fails or is cancelled.
/// </summary>
public interface ISelfCommittingRecipeStep : IRecipeStepHandler
{
}
