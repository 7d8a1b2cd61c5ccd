namespace Cms.Abstractions.Security;

/// <summary>
/// A permission a module brings (Orchard Core's <c>IPermissionProvider</c>), registered with
/// <see cref="PermissionServiceCollectionExtensions.AddPermission"/>. The administrator role always holds it; the
/// other roles named in <see cref="DefaultRoles"/> hold it unless the site's configuration gives that role its own list
/// (<c>Cms:Admin:Roles:{role}</c>). A recipe's <c>Roles</c> step may grant it by <see cref="Name"/>.
/// </summary>
/// <param name="Name">Unique, as Orchard names permissions (<c>ManageRedirects</c>).</param>
/// <param name="Description">What it allows, in French, for the users page.</param>
/// <param name="DefaultRoles">Built-in roles holding it by default besides the administrator (<c>Editor</c>, <c>Contributor</c>).</param>
public sealed record PermissionDefinition(string Name, string Description, IReadOnlyList<string> DefaultRoles);
