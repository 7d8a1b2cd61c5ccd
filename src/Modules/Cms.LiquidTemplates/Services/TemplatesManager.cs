using System.Text.RegularExpressions;
using Cms.Abstractions.Data;
using Cms.Display.Rendering;
using Cms.Display.Themes;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.LiquidTemplates.Services;

/// <summary>
/// Lists, checks, saves and deletes the stored templates. A template that does not parse is refused with the parser's
/// message and its line, never stored. Once a change has committed, the templates are read again and every cached
/// page is evicted (any page may show any template).
/// </summary>
public sealed partial class TemplatesManager(IDocumentStore documents, StoredTemplates stored, TemplateStore templates)
{
    public const int MaxContentLength = 1_000_000;

    public Task<TemplatesDocument> GetAsync(CancellationToken cancellationToken) =>
        documents.GetAsync<TemplatesDocument>(TemplatesDocument.DocumentName, cancellationToken);

    /// <summary>The French reason <paramref name="content"/> cannot be stored as <paramref name="name"/>, or null.</summary>
    public string? Check(string? name, string? content)
    {
        if (TemplateNames.Problem(name) is { } problem) return problem;
        if (content is null || content.Length == 0) return $"Le modèle « {name!.Trim()} » est vide.";
        if (content.Length > MaxContentLength) return $"Le modèle « {name!.Trim()} » dépasse {MaxContentLength} caractères.";
        return TryParse(name!.Trim(), content, out _, out var error) ? null : error;
    }

    /// <summary>Parses <paramref name="content"/>; the French error names the template and the line.</summary>
    public bool TryParse(string name, string content, out LoadedTemplate? template, out string? error)
    {
        if (templates.TryParse(TemplateNames.ToAlternate(name), content, $"stored template {name}", out template, out var parserError))
        {
            error = null;
            return true;
        }
        var line = Position().Match(parserError ?? "") is { Success: true } m ? $", ligne {m.Groups[1].Value}" : "";
        error = $"Modèle « {name} »{line} : erreur de syntaxe Liquid ({parserError}). Rien n'a été enregistré.";
        return false;
    }

    /// <summary>Adds or replaces <paramref name="name"/> (renaming <paramref name="previousName"/>); the French error, or null.</summary>
    public async Task<string?> SaveAsync(string? previousName, string? name, string? content, string? description, CancellationToken cancellationToken)
    {
        if (Check(name, content) is { } error) return error;
        name = name!.Trim();
        var document = await GetAsync(cancellationToken);
        var renamed = previousName is not null && !string.Equals(previousName, name, StringComparison.Ordinal);
        if (previousName is not null && !document.Templates.ContainsKey(previousName)) return $"Le modèle « {previousName} » n'existe plus.";
        if ((previousName is null || renamed) && document.Templates.ContainsKey(name)) return $"Un modèle « {name} » existe déjà.";
        var alternate = TemplateNames.ToAlternate(name);
        if (document.Templates.Keys.FirstOrDefault(k => k != name && k != previousName && TemplateNames.ToAlternate(k) == alternate) is { } twin)
        {
            return $"Le modèle « {twin} » remplace déjà « {alternate} ».";
        }
        if (renamed) document.Templates.Remove(previousName!);
        document.Templates[name] = new Template { Content = content!, Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim() };
        await SaveDocumentAsync(document, cancellationToken);
        return null;
    }

    /// <summary>Adds or replaces every template of <paramref name="incoming"/> (the recipe step); all are checked before any is stored.</summary>
    public async Task<IReadOnlyList<string>> ImportAsync(IReadOnlyDictionary<string, Template> incoming, CancellationToken cancellationToken)
    {
        var errors = incoming.Select(t => Check(t.Key, t.Value.Content)).OfType<string>().ToList();
        if (errors.Count > 0) return errors;
        var document = await GetAsync(cancellationToken);
        foreach (var (name, template) in incoming) document.Templates[name.Trim()] = template;
        await SaveDocumentAsync(document, cancellationToken);
        return [];
    }

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken)
    {
        var document = await GetAsync(cancellationToken);
        if (!document.Templates.Remove(name)) return false;
        await SaveDocumentAsync(document, cancellationToken);
        return true;
    }

    private Task SaveDocumentAsync(TemplatesDocument document, CancellationToken cancellationToken) =>
        // Not cancellable: the change is committed. The pages are evicted next, here and on the other nodes (IDocumentChangeHandler).
        documents.SaveAsync(TemplatesDocument.DocumentName, document, _ => stored.LoadAsync(CancellationToken.None), cancellationToken);

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
