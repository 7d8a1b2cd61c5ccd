using Cms.Abstractions.Content;
using Cms.ContentFields.Fields;

namespace Cms.Events.Models;

/// <summary>The <c>InfoField</c> part of an item in an Event's <c>InfoFields</c> bag: label, Markdown content, link.</summary>
public sealed class InfoFieldPart
{
    public TextField? Label { get; set; }
    public MarkdownField? Content { get; set; }
    public LinkField? Link { get; set; }
}
