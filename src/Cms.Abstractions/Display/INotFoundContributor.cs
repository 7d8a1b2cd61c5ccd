namespace Cms.Abstractions.Display;

/// <summary>
/// Adds values to the model of the 404 page (template <c>NotFound</c>), e.g. the closest pages to the missing path.
/// A contributor that fails must not turn the 404 into a 500: it is skipped.
/// </summary>
public interface INotFoundContributor
{
    /// <param name="path">The requested path, as received (decoded), e.g. <c>/agenda/atelier-numerique/</c>.</param>
    Task ContributeAsync(string path, IDictionary<string, object?> model, CancellationToken cancellationToken);
}
