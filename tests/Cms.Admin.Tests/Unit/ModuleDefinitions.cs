using Cms.Testing;

namespace Cms.Admin.Tests.Unit;

internal static class ModuleDefinitions
{
    /// <summary>The Event and InfoField types as the Events module defines them, in memory.</summary>
    public static async Task<InMemoryDefinitions> CreateAsync()
    {
        var definitions = new InMemoryDefinitions();
        await new Cms.Events.Migrations(definitions).CreateAsync();
        return definitions;
    }
}
