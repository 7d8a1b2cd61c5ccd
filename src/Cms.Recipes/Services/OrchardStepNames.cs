namespace Cms.Recipes.Services;

/// <summary>
/// Recipe steps of Orchard Core that this suite does not run yet. A recipe brought from an Orchard site keeps going
/// without them, each named in the report's warnings; a step name that is neither ours nor Orchard's still refuses the
/// whole recipe (most often a typo). A module that registers a handler for one of these names takes it over.
/// </summary>
public static class OrchardStepNames
{
    public static readonly IReadOnlySet<string> NotSupported = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AdminMenu", "AdminTemplates", "AdminTrees", "AzureAISearchIndexSettings", "CustomSettings", "deployment",
        "ElasticIndexSettings", "elastic-index", "FeatureProfiles", "layers", "lucene-index", "LuceneIndexSettings",
        "lucene-index-rebuild", "lucene-index-reset", "MediaProfiles", "OpenIdApplication", "OpenIdClientSettings",
        "OpenIdScope", "OpenIdServerSettings", "OpenIdValidationSettings", "Placements", "queries", "recipes",
        "ReplaceContentDefinition", "Rules", "ShortcodeTemplates", "Sitemaps", "Templates", "Translations",
        "UrlRewriting", "Users", "WorkflowType",
    };
}
