using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Recipes;
using Sample.Module.Parts;

namespace Sample.Module.Recipes;

/// <summary>
/// Recipe step <c>sampleitem</c>: creates published SampleItem items from a short list.
/// <code>
/// { "name": "sampleitem", "Items": [ { "Title": "…", "Summary": "…", "Body": "Markdown…", "Path": "sampleitem/…" } ] }
/// </code>
/// <c>Path</c> is optional (suggested from the title); an item whose path is already taken by an item of this type is
/// left as it is, so running the recipe twice creates nothing more. Every entry is checked before anything is written:
/// a bad entry stops the step with a message naming the step, the entry and the property, and nothing is created.
/// </summary>
public sealed class SampleItemRecipeStep(IContentManager contentManager) : IRecipeStepHandler
{
    public string Name => "sampleitem";

    public async Task ExecuteAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var entries = Read(context);
        foreach (var entry in entries)
        {
            if (entry.Path is not null && await contentManager.GetByPathAsync(entry.Path, cancellationToken) is { } existing)
            {
                if (existing.ContentType != Migrations.ContentType)
                {
                    throw new RecipeException($"{Where(context, entry.Index)}: path '{entry.Path}' is taken by a {existing.ContentType} item.");
                }
                context.Report.Unchanged++;
                continue;
            }
            if (context.DryRun)
            {
                context.Report.Created++;
                continue;
            }
            var item = await contentManager.NewAsync(Migrations.ContentType, cancellationToken);
            item.Apply(new TitlePart { Title = entry.Title });
            item.Apply(new AutoroutePart { Path = entry.Path });
            item.Apply(new SampleItemPart { Summary = entry.Summary });
            item.Apply(new MarkdownBodyPart { Markdown = entry.Body });
            await contentManager.CreateAsync(item, publish: true, cancellationToken);
            context.Report.Created++;
        }
    }

    private static List<Entry> Read(RecipeStepContext context)
    {
        if (context.Property("Items") is not JsonArray items)
        {
            throw new RecipeException($"Step {context.StepIndex} ({context.StepName}): property 'Items' is missing or is not an array.");
        }
        var entries = new List<Entry>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item) throw new RecipeException($"{Where(context, i)}: an entry must be an object.");
            var title = Text(context, item, i, "Title");
            if (string.IsNullOrWhiteSpace(title)) throw new RecipeException($"{Where(context, i)}: property 'Title' is missing.");
            var summary = Text(context, item, i, "Summary");
            if (SampleItemPart.Validate(summary) is { } error) throw new RecipeException($"{Where(context, i)}, property 'Summary': {error}");
            var path = Text(context, item, i, "Path");
            entries.Add(new Entry(i, title.Trim(), summary!.Trim(), Text(context, item, i, "Body"), string.IsNullOrWhiteSpace(path) ? null : path.Trim('/', ' ')));
        }
        return entries;
    }

    private static string? Text(RecipeStepContext context, JsonObject item, int index, string property) =>
        item[property] switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            _ => throw new RecipeException($"{Where(context, index)}: property '{property}' must be a string."),
        };

    private static string Where(RecipeStepContext context, int index) => $"Step {context.StepIndex} ({context.StepName}), item {index}";

    private sealed record Entry(int Index, string Title, string Summary, string? Body, string? Path);
}
