using System.Xml.Linq;
using Cms.Admin.Tests.Support;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16, item 14: a package with a known vulnerability (NU1902 moderate, NU1903 high, NU1904 critical), direct or
/// transitive, fails the build. `dotnet list package --vulnerable --include-transitive` is the operator's check.
/// </summary>
public sealed class Item14SupplyChainTests
{
    [Fact]
    public void Item14_vulnerability_warnings_fail_the_build_for_transitive_packages_too()
    {
        // The repository root's props (beside Cms.sln), not tests/Directory.Build.props which imports it.
        var props = XDocument.Load(Path.Combine(Path.GetDirectoryName(AdminSite.RepositoryFile("Cms.sln"))!, "Directory.Build.props"));
        string Property(string name) => string.Join(";", props.Descendants(name).Select(e => e.Value.Trim()));

        Assert.Equal("true", Property("TreatWarningsAsErrors"));
        var notAsErrors = Property("WarningsNotAsErrors").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain("NU1902", notAsErrors);
        Assert.DoesNotContain("NU1903", notAsErrors);
        Assert.DoesNotContain("NU1904", notAsErrors);
        Assert.DoesNotContain("NU1902", Property("NoWarn"));
        Assert.Equal("true", Property("NuGetAudit"));
        Assert.Equal("all", Property("NuGetAuditMode"));
    }
}
