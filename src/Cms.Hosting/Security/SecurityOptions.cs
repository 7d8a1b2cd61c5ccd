namespace Cms.Hosting.Security;

/// <summary>
/// <c>Cms:Security</c>: the headers sent with every response, public site and back office alike.
/// </summary>
public sealed class SecurityOptions
{
    /// <summary>
    /// The Content-Security-Policy. No inline script anywhere (the site and the back office load their scripts from
    /// files; JSON-LD blocks are data, not scripts); <c>{frame-src}</c> is replaced by the video hosts whose iframes
    /// bodies may keep (<c>Cms:Markdown:IframeHosts</c>).
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; font-src 'self' data:; " +
        "connect-src 'self'; media-src 'self'; frame-src {frame-src}; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public string ReferrerPolicy { get; set; } = "strict-origin-when-cross-origin";

    public string PermissionsPolicy { get; set; } =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>Strict-Transport-Security max-age, sent over HTTPS only; 0 sends none.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;
}
