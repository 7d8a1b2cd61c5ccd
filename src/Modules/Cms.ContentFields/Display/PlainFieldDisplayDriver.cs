using Cms.Abstractions.ContentKinds;

namespace Cms.ContentFields.Display;

/// <summary>Fields whose template needs only the field's JSON (<c>Model.Field</c>): Text, Link, DateTime, MultiText, Boolean.</summary>
public sealed class PlainFieldDisplayDriver : ShapeDisplayDriver;
