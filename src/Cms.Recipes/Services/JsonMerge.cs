using System.Text.Json.Nodes;

namespace Cms.Recipes.Services;

/// <summary>Deep merge of JSON objects: properties of the source win, objects are merged recursively, the rest of the target is kept.</summary>
internal static class JsonMerge
{
    public static void Into(JsonObject target, JsonObject source)
    {
        foreach (var (name, value) in source)
        {
            if (value is JsonObject sourceObject && target[name] is JsonObject targetObject)
            {
                Into(targetObject, sourceObject);
            }
            else
            {
                target[name] = value?.DeepClone();
            }
        }
    }
}
