namespace Cms.Abstractions.Modules;

/// <summary>A module running in this site (one registered per enabled module by the host): its id and name.</summary>
public sealed record EnabledModule(string Id, string Name);
