namespace Cms.Abstractions.Recipes;

/// <summary>
/// Where a recipe comes from, which decides the files it may read. A recipe run from the command line or as the setup
/// recipe is trusted with its package: the folder above <c>Recipes/</c> when it sits in one (Orchard themes and modules
/// keep <c>Recipes/x.recipe.json</c> beside <c>wwwroot/</c>), otherwise its own folder. An uploaded recipe reads only
/// inside its upload.
/// </summary>
public enum RecipeOrigin
{
    Upload,
    Local,
}
