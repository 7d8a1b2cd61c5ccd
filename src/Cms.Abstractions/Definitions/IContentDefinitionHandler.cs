namespace Cms.Abstractions.Definitions;

/// <summary>Told when a change of the content definitions was committed (a migration, a recipe's definition step).</summary>
public interface IContentDefinitionHandler
{
    Task ChangedAsync(CancellationToken cancellationToken);
}
