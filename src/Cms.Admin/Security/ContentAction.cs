namespace Cms.Admin.Security;

/// <summary>What a user wants to do with a content item: each maps to a permission checked per content type.</summary>
public enum ContentAction
{
    /// <summary>See the item in the back office: edit form, preview, history.</summary>
    View,
    /// <summary>Create, save a draft, discard a draft, restore a version.</summary>
    Edit,
    /// <summary>Publish or unpublish.</summary>
    Publish,
    Delete,
}
