using System.Security.Claims;
using System.Text.Json.Nodes;
using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Abstractions.ContentKinds;
using Cms.Abstractions.Editing;
using Cms.Abstractions.Media;
using Cms.Admin.Editors;
using Cms.Admin.Editors.Parts;
using Cms.ContentFields.Editors;
using Cms.ContentFields.Fields;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Cms.Admin.Tests.Unit;

/// <summary>The form is built from the definitions, and a posted form goes back into the item without losing anything.</summary>
public class EditorFromDefinitionsTests
{
    /// <summary>The kinds as the host registers them: the core's part editors and the Cms.ContentFields module.</summary>
    private static IServiceProvider Kinds()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IMediaStore>(new Media.MemoryMediaStore());
        services.AddSingleton<Cms.Abstractions.Time.ISiteClock>(FixedSiteClock.Default);
        // The picker's editor looks items up in the store; these tests post no picker value.
        services.AddScoped(_ => new ContentPickerFieldEditor(null!, null!, null!));
        services.AddContentPart<TitlePart>().UseEditor<TitlePartEditor>();
        services.AddContentPart<AutoroutePart>().UseEditor<AutoroutePartEditor>();
        services.AddContentPart<MarkdownBodyPart>().UseEditor<MarkdownBodyPartEditor>();
        new Cms.ContentFields.Startup().ConfigureServices(services, new ConfigurationBuilder().Build());
        return services.BuildServiceProvider();
    }

    private static ContentEditorBuilder Builder(IContentDefinitionManager definitions)
    {
        var services = Kinds();
        return new ContentEditorBuilder(definitions, services.GetRequiredService<ContentKindCatalog>(), services);
    }

    private static ContentEditorUpdater Updater(IContentDefinitionManager definitions)
    {
        var services = Kinds();
        var kinds = services.GetRequiredService<ContentKindCatalog>();
        return new ContentEditorUpdater(definitions, new ContentEditorBuilder(definitions, kinds, services), kinds);
    }

    private static ContentItem Event()
    {
        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentItemVersionId = IdGenerator.NewId(), ContentType = "Event" };
        item.Apply(new TitlePart { Title = "Avant" });
        item.Apply(new FrontMatterPart { SourcePath = "_evenements/x.markdown", Data = new JsonObject { ["title"] = "Avant", ["lieu"] = "Bordeaux" } });
        item.ApplyField("Event", "Venue", new TextField { Text = "Palais" });
        item.Part("Event")["Unknown"] = new JsonObject { ["Kept"] = true };
        var a = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "InfoField" }.ApplyField("InfoField", "Label", new TextField { Text = "A" });
        var b = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "InfoField" }.ApplyField("InfoField", "Label", new TextField { Text = "B" });
        a.Part("InfoField")["Extra"] = "kept";
        return item.SetBagItems("InfoFields", [a, b]);
    }

    private static EditorUpdateContext Post(params (string Key, string Value)[] values) =>
        new(new FormCollection(values.GroupBy(v => v.Key).ToDictionary(g => g.Key, g => new StringValues(g.Select(v => v.Value).ToArray()))),
            new ClaimsPrincipal(), CancellationToken.None);

    [Fact]
    public async Task The_event_form_has_every_part_and_field_in_definition_order()
    {
        var definitions = await ModuleDefinitions.CreateAsync();
        var elements = await Builder(definitions).BuildAsync(Event());

        Assert.Equal(["TitlePart", "AutoroutePart", "Fields", "MarkdownBodyPart", "BagPart", "Unknown"], elements.Select(e => e.Kind));
        var fields = elements[2].Fields;
        Assert.Equal(["Lead", "StartDate", "EndDate", "Venue", "Address", "Images", "Themes", "Partners", "Categories"], fields.Select(f => f.FieldName));
        Assert.Equal(["MarkdownField", "DateTimeField", "DateTimeField", "TextField", "TextField", "MediaField", "ContentPickerField", "ContentPickerField", "MultiTextField"], fields.Select(f => f.Kind));
        Assert.Equal("Event.StartDate", fields[1].Prefix);
        Assert.Equal("Début", fields[1].Label);
        var bag = elements[4];
        Assert.Equal(2, bag.BagItems.Count);
        Assert.Equal("InfoFields[1].InfoField.Label", bag.BagItems[1].Elements.Single().Fields[0].Prefix);
        Assert.Equal([("InfoField", "Champ d'information")], bag.ContainedTypes);
    }

    [Fact]
    public async Task A_field_added_to_a_type_appears_in_its_form_without_new_code()
    {
        var definitions = await ModuleDefinitions.CreateAsync();
        await definitions.AlterPartDefinitionAsync("Event", p => p.WithField("Price", f => f.OfType("TextField").WithDisplayName("Tarif").WithPosition("9")));

        var elements = await Builder(definitions).BuildAsync(Event());

        var price = elements.Single(e => e.Kind == "Fields").Fields.Last();
        Assert.Equal(("TextField", "Event.Price", "Tarif"), (price.Kind, price.Prefix, price.Label));
    }

    [Fact]
    public async Task A_posted_form_updates_fields_reorders_the_bag_and_keeps_what_no_editor_shows()
    {
        var definitions = await ModuleDefinitions.CreateAsync();
        var item = Event();
        var bagIds = item.GetBagItems("InfoFields").Select(i => i.ContentItemId).ToArray();
        var frontMatter = item.GetPart("FrontMatterPart")!.DeepClone();
        var context = Post(
            ("TitlePart.Present", "1"), ("TitlePart.Title", "  Après  "),
            ("Event.Venue.Present", "1"), ("Event.Venue.Text", "Hôtel de ville"),
            ("Event.StartDate.Present", "1"), ("Event.StartDate.Value", "2024-10-27T03:00"),
            ("Event.Categories.Present", "1"), ("Event.Categories.Values", "Atelier, Conférence, atelier"),
            ("InfoFields.Present", "1"),
            // B first, then A, then a new item.
            ("InfoFields.Items", "1"), ("InfoFields.Items", "0"), ("InfoFields.Items", "2"),
            ("InfoFields[0].ContentItemId", bagIds[0]), ("InfoFields[0].ContentType", "InfoField"),
            ("InfoFields[0].InfoField.Label.Present", "1"), ("InfoFields[0].InfoField.Label.Text", "A2"),
            ("InfoFields[1].ContentItemId", bagIds[1]), ("InfoFields[1].ContentType", "InfoField"),
            ("InfoFields[1].InfoField.Label.Present", "1"), ("InfoFields[1].InfoField.Label.Text", "B"),
            ("InfoFields[2].ContentItemId", "new"), ("InfoFields[2].ContentType", "InfoField"),
            ("InfoFields[2].InfoField.Label.Present", "1"), ("InfoFields[2].InfoField.Label.Text", ""));

        await Updater(definitions).ApplyAsync(item, context);

        Assert.Equal("Après", item.As<TitlePart>()!.Title);
        Assert.Equal("Hôtel de ville", item.GetField<TextField>("Event", "Venue")!.Text);
        Assert.Equal(new DateTime(2024, 10, 27, 2, 0, 0, DateTimeKind.Utc), item.GetField<DateTimeField>("Event", "StartDate")!.Value);
        Assert.Equal(["Atelier", "Conférence"], item.GetField<MultiTextField>("Event", "Categories")!.Values);
        Assert.True(JsonNode.DeepEquals(frontMatter, item.GetPart("FrontMatterPart")), "FrontMatterPart must be kept as it was");
        Assert.Equal(true, (bool?)item.GetPart("Event")!["Unknown"]!["Kept"]);
        var bag = item.GetBagItems("InfoFields");
        Assert.Equal(["B", "A2", null], bag.Select(i => i.GetField<TextField>("InfoField", "Label")?.Text));
        Assert.Equal(bagIds[1], bag[0].ContentItemId);
        Assert.Equal("kept", (string?)bag[1].GetPart("InfoField")!["Extra"]);
        Assert.Equal(26, bag[2].ContentItemId.Length);
        // The new info field's label is required by its definition: the error names it by its position.
        Assert.Contains(context.Errors, e => e.Field == "InfoFields[2].InfoField.Label");
    }

    [Fact]
    public async Task Editors_missing_from_the_post_leave_stored_values_alone()
    {
        var definitions = await ModuleDefinitions.CreateAsync();
        var item = Event();
        var before = item.ToJsonString();

        await Updater(definitions).ApplyAsync(item, Post(("Unrelated", "x")));

        Assert.Equal(before, item.ToJsonString());
    }

    [Theory]
    [InlineData("https://example.org/x", true)]
    [InlineData("/agenda", true)]
    [InlineData("mailto:contact@example.org", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("//evil.example", false)]
    [InlineData("pas une adresse", false)]
    public void Links_must_be_web_mail_or_site_addresses(string url, bool valid) =>
        Assert.Equal(valid, LinkFieldEditor.IsValid(url));
}
