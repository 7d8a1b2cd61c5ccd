using Cms.Admin.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Admin.Media;

public static class MediaServiceCollectionExtensions
{
    /// <summary>
    /// The media library of the back office: its options (<c>Cms:Media</c>), services, the two policies and the
    /// policies its pages and the upload endpoint require (« Gérer les médias », deletion: « Supprimer des médias »).
    /// </summary>
    public static IServiceCollection AddMediaLibrary(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(MediaOptions.FromConfiguration(configuration));
        services.AddSingleton<MediaSpace>();
        services.AddSingleton<MediaFileValidator>();
        // Recipes and Markdown imports check their media with the same validator as uploads, within the same room.
        services.AddSingleton<Cms.Abstractions.Media.IMediaFileCheck, ImportedMediaCheck>();
        services.AddSingleton<MediaThumbnails>();
        services.AddScoped<MediaAudit>();
        services.AddScoped<MediaUploader>();
        services.AddScoped<MediaLibrary>();
        services.AddScoped<MediaUsageFinder>();
        services.AddAuthorizationBuilder()
            .AddPolicy(MediaPolicies.ManageMedia, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(Permissions.ManageMedia)))
            .AddPolicy(MediaPolicies.DeleteMedia, p => p.RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(Permissions.DeleteMedia)));
        return services;
    }
}
