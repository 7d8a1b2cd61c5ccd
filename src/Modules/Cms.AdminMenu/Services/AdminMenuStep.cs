using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Data;
using Cms.Abstractions.Recipes;

namespace Cms.AdminMenu.Services;

/// <summary>
/// Orchard Core's <c>{ "name": "AdminMenu", "data": [ { "Id": "…", "Name": "…", "Enabled": true, "MenuItems": [ … ] } ] }</c>:
/// adds each menu, or replaces the one with the same <c>Id</c>. Links (<c>LinkAdminNode</c>: <c>LinkText</c>,
/// <c>LinkUrl</c>) and groups (<c>PlaceholderAdminNode</c>) are shown in the back office's navigation; the other node
/// kinds are kept and named in the report's warnings.
/// </summary>
public sealed class AdminMenuStep(IDocumentStore documents) : IRecipeStepHandler
{
    public string Name => "AdminMenu";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (context.Property("data") is not JsonArray data) throw new RecipeException("propriété « data » : liste de menus attendue.");
        var document = await documents.GetAsync<AdminMenuDocument>(AdminMenuDocument.DocumentName, cancellationToken);
        foreach (var (node, index) in data.Select((n, i) => (n, i)))
        {
            if (node is not JsonObject menu) throw new RecipeException($"menu {index + 1} : objet attendu.");
            if (menu["Name"]?.GetValueKind() != System.Text.Json.JsonValueKind.String) throw new RecipeException($"menu {index + 1} : « Name » attendu.");
            var copy = menu.DeepClone().AsObject();
            var id = copy["Id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? copy["Id"]!.GetValue<string>() : null;
            if (string.IsNullOrWhiteSpace(id)) copy["Id"] = id = IdGenerator.NewId();
            foreach (var kind in AdminMenuNodes.UnshownKinds(copy["MenuItems"] as JsonArray))
            {
                context.Report.Warnings.Add($"menu d'administration « {copy["Name"]} » : les entrées de type « {kind} » ne sont pas affichées (liens et groupes seulement).");
            }
            document.Menus.RemoveAll(m => m["Id"]?.GetValue<string>() == id);
            document.Menus.Add(copy);
        }
        await documents.SaveAsync(AdminMenuDocument.DocumentName, document, cancellationToken: cancellationToken);
        context.Report.Messages.Add($"Menus d'administration enregistrés : {data.Count}.");
    }
}

/// <summary>The admin menus written back into the whole-site export, whole, as <see cref="AdminMenuStep"/> reads them.</summary>
public sealed class AdminMenuExportSource(IDocumentStore documents) : Cms.Abstractions.Transfer.IRecipeExportSource
{
    public async Task<IReadOnlyList<JsonObject>> ExportStepsAsync(CancellationToken cancellationToken)
    {
        var document = await documents.GetAsync<AdminMenuDocument>(AdminMenuDocument.DocumentName, cancellationToken);
        if (document.Menus.Count == 0) return [];
        return [new JsonObject { ["name"] = "AdminMenu", ["data"] = new JsonArray([.. document.Menus.Select(m => m.DeepClone())]) }];
    }
}
