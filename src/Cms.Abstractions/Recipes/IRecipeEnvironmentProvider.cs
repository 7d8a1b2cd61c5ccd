namespace Cms.Abstractions.Recipes;

/// <summary>
/// Supplies default values for a recipe's <c>[js: parameters('…')]</c>, as Orchard Core's setup does: the first
/// administrator's <c>AdminUserId</c> and <c>AdminUsername</c>, the site's <c>SiteName</c>. Values given on the command
/// line win over these. Register with <c>services.AddScoped&lt;IRecipeEnvironmentProvider, T&gt;()</c>.
/// </summary>
public interface IRecipeEnvironmentProvider
{
    Task PopulateAsync(IDictionary<string, string> environment, CancellationToken cancellationToken);
}
