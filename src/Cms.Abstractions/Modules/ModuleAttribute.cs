namespace Cms.Abstractions.Modules;

/// <summary>
/// A module's manifest, written once in the module's project (by convention in <c>Manifest.cs</c>):
/// <code>[assembly: Module(Name = "Events", Description = "…", Category = "Content", Dependencies = ["Cms.Display"])]</code>
/// The module's id is its assembly name. The host starts modules in dependency order (a module's services and routes
/// after those of the modules it depends on, its middleware outside theirs), refuses to start when a dependency is
/// missing or disabled (<c>Cms:Modules:Disabled</c>), and finds modules by this attribute whatever their assembly name.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class ModuleAttribute : Attribute
{
    /// <summary>A short name for people (English).</summary>
    public string Name { get; set; } = "";

    /// <summary>One sentence: what the module brings.</summary>
    public string Description { get; set; } = "";

    /// <summary>A group, e.g. <c>Core</c>, <c>Content</c>, <c>Site</c>.</summary>
    public string Category { get; set; } = "";

    /// <summary>Ids (assembly names) of the modules this one needs started before it.</summary>
    public string[] Dependencies { get; set; } = [];
}
