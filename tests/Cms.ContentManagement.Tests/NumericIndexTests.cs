using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.ContentFields.Fields;
using Cms.ContentManagement.Tests.Infrastructure;
using Cms.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.ContentManagement.Tests;

public sealed class NumericIndexTests_Sqlite(SqliteStore store) : NumericIndexTests<SqliteStore>(store);

public sealed class NumericIndexTests_Postgres(PostgresStore store) : NumericIndexTests<PostgresStore>(store);

/// <summary>
/// Numbers given by field kinds' index providers (NumericField, BooleanField as 0/1): listings sort on them in the
/// database, items without a value last, and a new version replaces the old value.
/// </summary>
public abstract class NumericIndexTests<TStore>(TStore store) : StoreTests<TStore>(store) where TStore : StoreFixture
{
    private Task<string> DefineAsync() => InScope(async sp =>
    {
        var definitions = sp.GetRequiredService<IContentDefinitionManager>();
        var name = Unique("Produit");
        await definitions.AlterPartDefinitionAsync(name, p => p
            .WithField("Price", f => f.OfType("NumericField").WithSettings(new NumericFieldSettings { Scale = 2 }))
            .WithField("Available", f => f.OfType("BooleanField")));
        await definitions.AlterTypeDefinitionAsync(name, t => t.Draftable().Versionable().WithPart("TitlePart").WithPart(name));
        return name;
    });

    private async Task<ContentItem> ProductAsync(string type, string title, decimal? price, bool? available = null)
    {
        var item = await NewItemAsync(type, title);
        if (price is not null) item.ApplyField(type, "Price", new NumericField { Value = price });
        if (available is not null) item.ApplyField(type, "Available", new BooleanField { Value = available.Value });
        return await Content(cm => cm.CreateAsync(item, publish: true));
    }

    private Task<string[]> SortedAsync(string type, string field, ContentSort sort) => InScope(async sp =>
        (await sp.GetRequiredService<IContentQuery>().ListAsync(new ContentListQuery
        {
            ContentType = type, Sort = sort, NumberPart = type, NumberField = field,
        })).Items.Select(i => i.DisplayText!).ToArray());

    [SkippableFact]
    public async Task Listings_sort_on_a_numeric_field_with_empty_values_last()
    {
        var type = await DefineAsync();
        await ProductAsync(type, "Dix", 10m);
        await ProductAsync(type, "Sans prix", null);
        await ProductAsync(type, "Négatif", -2.5m);
        await ProductAsync(type, "Deux et demi", 2.5m);
        await ProductAsync(type, "Cent", 100m);

        Assert.Equal(["Négatif", "Deux et demi", "Dix", "Cent", "Sans prix"], await SortedAsync(type, "Price", ContentSort.NumberAsc));
        Assert.Equal(["Cent", "Dix", "Deux et demi", "Négatif", "Sans prix"], await SortedAsync(type, "Price", ContentSort.NumberDesc));
    }

    [SkippableFact]
    public async Task A_boolean_is_indexed_as_one_or_zero_and_a_new_version_replaces_the_value()
    {
        var type = await DefineAsync();
        var yes = await ProductAsync(type, "Oui", 1m, available: true);
        await ProductAsync(type, "Non", 2m, available: false);
        Assert.Equal(["Oui", "Non"], await SortedAsync(type, "Available", ContentSort.NumberDesc));

        yes.ApplyField(type, "Available", new BooleanField { Value = false });
        yes.ApplyField(type, "Price", new NumericField { Value = 3m });
        await Content(cm => cm.PublishAsync(yes));

        var rows = await InScope(sp => sp.GetRequiredService<CmsDbContext>().NumericFieldIndex.AsNoTracking()
            .Where(r => r.ContentItemId == yes.ContentItemId && r.Published).OrderBy(r => r.ContentField).Select(r => new { r.ContentField, r.Number })
            .ToListAsync());
        Assert.Equal([("Available", (double?)0), ("Price", 3)], rows.Select(r => (r.ContentField, r.Number)));
        Assert.Equal(["Non", "Oui"], await SortedAsync(type, "Price", ContentSort.NumberAsc));
    }

    [SkippableFact]
    public async Task Sorting_on_a_number_without_naming_the_field_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => InScope(sp =>
            sp.GetRequiredService<IContentQuery>().ListAsync(new ContentListQuery { Sort = ContentSort.NumberAsc })));
        Assert.Contains("NumberPart and NumberField", error.Message);
    }
}
