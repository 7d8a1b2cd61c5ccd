using Microsoft.Extensions.DependencyInjection;

namespace Cms.Abstractions.Settings;

/// <summary>
/// A group of site settings editable in the back office's « Paramètres du site » page. The core brings the general
/// settings; a module adds its own (the HomeRoute module: the home page) with
/// <see cref="SiteSettingsSectionServiceCollectionExtensions.AddSiteSettingsSection{T}"/>, so the page needs no edit.
/// </summary>
public interface ISiteSettingsSection
{
    /// <summary>Unique prefix of the section's form fields (<c>General</c>).</summary>
    string Key { get; }

    /// <summary>The section's heading, in French.</summary>
    string Title { get; }

    /// <summary>Smaller first; the general settings use 0.</summary>
    int Position { get; }

    /// <summary>The fields and their current values.</summary>
    Task<IReadOnlyList<SettingsField>> FieldsAsync(SiteSettings settings, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the values typed (by field name; a missing name means empty) to <paramref name="settings"/>; returns the
    /// errors by field name, in French, and changes nothing it refuses. The page saves only when no section refuses.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> ApplyAsync(SiteSettings settings, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);
}

/// <summary>One field of a settings section.</summary>
/// <param name="Name">Unique in its section.</param>
/// <param name="Label">What the administrator reads, in French.</param>
/// <param name="Value">The current value, as typed.</param>
/// <param name="Hint">A short help text under the label, or null.</param>
/// <param name="Options">For a choice: the values and their labels; null for a text input.</param>
/// <param name="InputType">The input's type for text (<c>text</c>, <c>url</c>, <c>email</c>, <c>number</c>).</param>
public sealed record SettingsField(string Name, string Label, string Value, string? Hint = null,
    IReadOnlyList<SettingsOption>? Options = null, string InputType = "text");

/// <summary>A value of a choice and its label.</summary>
public sealed record SettingsOption(string Value, string Label);

public static class SiteSettingsSectionServiceCollectionExtensions
{
    /// <summary>Adds a section to the « Paramètres du site » page.</summary>
    public static IServiceCollection AddSiteSettingsSection<T>(this IServiceCollection services) where T : class, ISiteSettingsSection =>
        services.AddScoped<ISiteSettingsSection, T>();
}
