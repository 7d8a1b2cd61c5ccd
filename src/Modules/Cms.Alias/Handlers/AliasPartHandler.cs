using Cms.Abstractions.Content;
using Cms.Abstractions.Definitions;
using Cms.Alias.Models;
using Cms.Alias.Services;

namespace Cms.Alias.Handlers;

/// <summary>
/// Keeps <c>AliasPart.Alias</c> trimmed and refuses, on every save, publication and import, an alias that is malformed
/// or already carried by another item (its latest or published version), naming the alias and the item that has it.
/// Read from the store inside the write's transaction, so that two items of one recipe cannot share an alias either.
/// </summary>
public sealed class AliasPartHandler(IContentQuery query, IContentDefinitionManager definitions) : IContentHandler
{
    public const string Field = "AliasPart.Alias";

    public Task UpdatingAsync(ContentItem item, CancellationToken cancellationToken)
    {
        if (item.GetPart(AliasPart.Name) is { } part && part["Alias"] is not null)
        {
            part["Alias"] = AliasRules.Normalize(item.As<AliasPart>()?.Alias);
        }
        return Task.CompletedTask;
    }

    public async Task ValidatingAsync(ContentItem item, bool publishing, ICollection<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        if (AliasRules.Normalize(item.As<AliasPart>()?.Alias) is not { } alias) return;
        if (AliasRules.Check(alias) is { } reason)
        {
            errors.Add(new ContentValidationError(Field, reason));
            return;
        }
        var key = AliasRules.Key(alias);
        foreach (var status in (ContentStatus[])[ContentStatus.Latest, ContentStatus.Published])
        {
            await foreach (var (other, otherAlias) in AliasLookup.ItemsWithAliasAsync(query, definitions, status, cancellationToken))
            {
                if (other.ContentItemId == item.ContentItemId || AliasRules.Key(otherAlias) != key) continue;
                errors.Add(new ContentValidationError(Field,
                    $"L'alias « {alias} » de « {item.DisplayText ?? item.ContentItemId} » est déjà utilisé par « {other.DisplayText ?? other.ContentItemId} » ({other.ContentItemId}) : choisissez-en un autre."));
                return;
            }
        }
    }
}
