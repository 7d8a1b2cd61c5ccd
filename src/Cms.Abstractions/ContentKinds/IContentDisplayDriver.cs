namespace Cms.Abstractions.ContentKinds;

/// <summary>
/// Builds the shapes of one part or field of an item for the site, with their placement. Registered per kind with
/// <see cref="ContentKindBuilder.UseDisplayDriver{TDriver}"/>; resolved from the request's services. Returning no
/// shape shows nothing. Page-level metadata (title, JSON-LD, OpenGraph image) is set on
/// <see cref="ContentDisplayContext.Meta"/> when <see cref="ContentDisplayContext.DisplayType"/> is <c>Detail</c>.
/// </summary>
public interface IContentDisplayDriver
{
    Task<IEnumerable<Shape>> DisplayAsync(ContentDisplayContext context);
}

/// <summary>A driver that makes one shape with the default model and alternates, plus what <see cref="Fill"/> adds.</summary>
public abstract class ShapeDisplayDriver : IContentDisplayDriver
{
    public async Task<IEnumerable<Shape>> DisplayAsync(ContentDisplayContext context)
    {
        var shape = context.Shape();
        return await FillAsync(shape, context) ? [shape] : [];
    }

    /// <summary>Adds the kind's values to <paramref name="shape"/>'s model and placement; false shows nothing.</summary>
    protected virtual Task<bool> FillAsync(Shape shape, ContentDisplayContext context) => Task.FromResult(Fill(shape, context));

    protected virtual bool Fill(Shape shape, ContentDisplayContext context) => true;
}
