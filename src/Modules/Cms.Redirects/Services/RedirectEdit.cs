using Cms.Data.Entities;

namespace Cms.Redirects.Services;

/// <summary>A change of the redirects that follows a change of published content (<see cref="RedirectStore.ApplyAsync"/>).</summary>
public abstract record RedirectEdit
{
    private RedirectEdit()
    {
    }

    /// <summary>An item is published at <paramref name="Path"/> now: that address is no longer redirected.</summary>
    public sealed record Live(string Path) : RedirectEdit;

    /// <summary>
    /// An automatic redirect (changed path, Jekyll URL, redirect_from) from <paramref name="From"/> to the item
    /// published at <paramref name="To"/>.
    /// </summary>
    public sealed record Automatic(string From, string To, RedirectOrigin Origin, string ContentItemId) : RedirectEdit;
}
