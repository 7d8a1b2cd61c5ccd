// The host: everything else is discovered from the modules (see src/Cms.Hosting and docs/modules.md).
return await Cms.Hosting.CmsHost.RunAsync(args);

/// <summary>Marker for WebApplicationFactory in tests.</summary>
public partial class Program;
