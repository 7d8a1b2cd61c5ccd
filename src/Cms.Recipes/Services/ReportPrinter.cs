using Cms.Abstractions.Recipes;

namespace Cms.Recipes.Services;

/// <summary>The end-of-run summary: counts, then one line per refused document and per missing media file.</summary>
public static class ReportPrinter
{
    public static void Write(RecipeReport report, TextWriter output, bool dryRun)
    {
        foreach (var message in report.Messages)
        {
            output.WriteLine($"  {message}");
        }
        output.WriteLine($"{(dryRun ? "Essai à blanc — " : "")}créés : {report.Created}, mis à jour : {report.Updated}, inchangés : {report.Unchanged}, refusés : {report.Refused.Count}.");
        foreach (var refused in report.Refused)
        {
            output.WriteLine($"  refusé : {refused}");
        }
        if (report.MissingMedia.Count > 0)
        {
            output.WriteLine($"Médias introuvables : {report.MissingMedia.Count}");
            foreach (var missing in report.MissingMedia)
            {
                output.WriteLine($"  manquant : {missing}");
            }
        }
    }
}
