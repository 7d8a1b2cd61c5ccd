using Cms.Abstractions.Recipes;

namespace Cms.MarkdownImport.Services;

/// <summary>The end-of-import report: counts, one line per refused document (path, line, reason), missing media.</summary>
public static class ImportReportWriter
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
            output.WriteLine($"Médias introuvables dans le dossier des médias : {report.MissingMedia.Count}");
            foreach (var missing in report.MissingMedia)
            {
                output.WriteLine($"  manquant : {missing}");
            }
        }
    }
}
