using Cms.Events.Models;

namespace Cms.Events.Tests;

/// <summary>The reference event of the seed document, as resolved details.</summary>
internal static class SampleEvents
{
    public static EventDetails Bordeaux() => new()
    {
        ContentItemId = "4bh3kq0ve9x8z2c1m7n5p6r0st",
        Title = "La DINUM partenaire de Numérique en Commun[s] à Bordeaux",
        Path = "/agenda/la-dinum-partenaire-de-numerique-en-communs-a-bordeaux",
        Url = "https://www.example.gouv.fr/agenda/la-dinum-partenaire-de-numerique-en-communs-a-bordeaux",
        StartUtc = new DateTime(2023, 10, 18, 7, 0, 0, DateTimeKind.Utc),
        EndUtc = new DateTime(2023, 10, 20, 17, 0, 0, DateTimeKind.Utc),
        LeadText = "La DINUM est partenaire de Numérique en Commun[s] qui se tiendra du 18 au 20 octobre 2023 à Bordeaux.",
        Venue = "Palais de la Bourse",
        Address = "17 place de la Bourse 33076 Bordeaux",
        Images = [new EventImage("https://www.example.gouv.fr/media/uploads/1500-500-max%20bis.jpg", "La DINUM est co-programmatrice")],
        Categories = ["Évènement"],
        Themes = [new LinkedItem("th1", "Souveraineté", "/thematiques/souverainete", "https://www.example.gouv.fr/thematiques/souverainete")],
        Partners = [new LinkedItem("pa1", "La Mednum", "/partenaires/la-mednum", "https://www.example.gouv.fr/partenaires/la-mednum")],
        CreatedUtc = new DateTime(2023, 7, 26, 12, 24, 0, DateTimeKind.Utc),
        PublishedUtc = new DateTime(2023, 7, 26, 12, 24, 0, DateTimeKind.Utc),
        ModifiedUtc = new DateTime(2023, 8, 1, 9, 0, 0, DateTimeKind.Utc),
        OrganizerName = "Direction interministérielle du numérique",
        OrganizerUrl = "https://www.example.gouv.fr/",
    };
}
