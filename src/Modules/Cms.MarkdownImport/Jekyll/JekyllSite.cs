using YamlDotNet.RepresentationModel;

namespace Cms.MarkdownImport.Jekyll;

/// <summary>
/// The Jekyll site an imported folder sits in: the nearest <c>_config.yml</c> above the folder, and the collection
/// the folder is (<c>_evenements</c> → <c>evenements</c>) with its <c>permalink</c>. Null when there is none.
/// </summary>
public sealed class JekyllSite
{
    private JekyllSite(string collection, string collectionFolder, string? permalink)
    {
        Collection = collection;
        CollectionFolder = collectionFolder;
        Permalink = permalink;
    }

    public string Collection { get; }
    public string CollectionFolder { get; }
    public string? Permalink { get; }

    /// <exception cref="InvalidDataException">The <c>_config.yml</c> found cannot be read (its path and the reason).</exception>
    public static JekyllSite? Find(string folder)
    {
        var collectionFolder = new DirectoryInfo(folder);
        while (collectionFolder is not null && !collectionFolder.Name.StartsWith('_')) collectionFolder = collectionFolder.Parent;
        if (collectionFolder?.Parent is not { } root) return null;
        var config = Path.Combine(root.FullName, "_config.yml");
        if (!File.Exists(config)) return null;
        var collection = collectionFolder.Name[1..];
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(config);
            stream.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new InvalidDataException($"{config}, ligne {e.Start.Line} : YAML illisible ({e.Message}).", e);
        }
        string? permalink = null;
        if (stream.Documents.FirstOrDefault()?.RootNode is YamlMappingNode top
            && top.Children.TryGetValue(new YamlScalarNode("collections"), out var collections))
        {
            var entry = collections switch
            {
                YamlMappingNode map => map.Children.TryGetValue(new YamlScalarNode(collection), out var node) ? node : null,
                YamlSequenceNode list => list.Children.OfType<YamlScalarNode>().FirstOrDefault(n => n.Value == collection),
                _ => null,
            };
            if (entry is null) return null;
            if (entry is YamlMappingNode settings && settings.Children.TryGetValue(new YamlScalarNode("permalink"), out var value) && value is YamlScalarNode scalar)
            {
                permalink = scalar.Value;
            }
        }
        else
        {
            return null;
        }
        return new JekyllSite(collection, collectionFolder.FullName, permalink);
    }

    /// <summary>The document's URL on the Jekyll site.</summary>
    public string UrlOf(string fullPath, string? frontMatterPermalink, string? frontMatterSlug, DateTime? date)
    {
        var relative = Path.GetRelativePath(CollectionFolder, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        return JekyllUrl.For(Collection, relative, string.IsNullOrWhiteSpace(frontMatterPermalink) ? Permalink : frontMatterPermalink, frontMatterSlug, date);
    }
}
