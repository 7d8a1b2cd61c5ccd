namespace Cms.Cluster.Tests;

/// <summary>One s3rver and one single-node site (SQLite) whose media are in its bucket, for the S3 media tests.</summary>
public sealed class S3Fixture : IAsyncLifetime
{
    public string? Unavailable { get; private set; }
    public TestS3 S3 { get; private set; } = null!;
    public TestSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Unavailable = TestS3.Unavailable();
        if (Unavailable is not null) return;
        S3 = await TestS3.StartAsync();
        Site = await TestSite.StartAsync([.. S3.Arguments, "--Cms:Admin:Password=S3-Passw0rd!", "--Cms:Admin:SecureCookies=false"], "cms-s3-site");
    }

    public async Task DisposeAsync()
    {
        if (Site is not null) await Site.DisposeAsync();
        if (S3 is not null) await S3.DisposeAsync();
    }
}
