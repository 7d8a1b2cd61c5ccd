namespace Cms.Display.Themes;

/// <summary>
/// Templates kept outside the theme's files (the Templates module's, stored in the database and edited in the back
/// office) that win over the theme's files and the modules' defaults of the same name. <see cref="Find"/> reads memory
/// (it is called while rendering); <see cref="Changed"/> makes the <see cref="TemplateStore"/> forget what it parsed.
/// </summary>
public interface IStoredTemplateSource
{
    /// <summary>The stored template named <paramref name="name"/> (our spelling: <c>Content-LandingPage</c>), or null.</summary>
    StoredTemplate? Find(string name);

    event Action? Changed;
}

/// <param name="Origin">Where it comes from, for error messages (« stored template Content__LandingPage »).</param>
public sealed record StoredTemplate(string Source, string Origin);
