namespace Cms.ContentFields.Fields;

/// <summary><c>{ "Html": "&lt;p&gt;…&lt;/p&gt;" }</c> (Orchard Core's HtmlField): HTML, sanitized on save and on display.</summary>
public sealed class HtmlField
{
    public string? Html { get; set; }
}

/// <summary>Orchard Core's HtmlFieldSettings: the hint under the editor.</summary>
public sealed class HtmlFieldSettings
{
    public string? Hint { get; set; }
}
