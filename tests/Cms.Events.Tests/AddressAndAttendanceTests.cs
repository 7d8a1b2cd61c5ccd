using Cms.Events.Services;

namespace Cms.Events.Tests;

public class AddressAndAttendanceTests
{
    [Theory]
    [InlineData("17 place de la Bourse 33076 Bordeaux", "17 place de la Bourse", "33076", "Bordeaux")]
    [InlineData("77 avenue de Ségur, 75015 Paris", "77 avenue de Ségur", "75015", "Paris")]
    [InlineData("77 avenue de Ségur 75015, Paris", "77 avenue de Ségur", "75015", "Paris")]
    [InlineData("77 avenue de Ségur, Paris 15", "77 avenue de Ségur, Paris 15", null, null)]
    public void Splits_French_addresses(string text, string? street, string? code, string? town)
    {
        var address = FrenchAddress.Parse(text)!;
        Assert.Equal((street, code, town), (address.Street, address.PostalCode, address.Locality));
    }

    [Fact]
    public void Empty_address_is_none()
    {
        Assert.Null(FrenchAddress.Parse("  "));
    }

    [Theory]
    [InlineData("Palais de la Bourse", "17 place de la Bourse 33076 Bordeaux", AttendanceMode.Offline)]
    [InlineData("Evénement 100% en ligne sous forme de webinaire", null, AttendanceMode.Online)]
    [InlineData("En présentiel et en ligne", null, AttendanceMode.Mixed)]
    [InlineData("Le Lieu de la transformation publique et en ligne", "77 avenue de Ségur, 75015 Paris", AttendanceMode.Mixed)]
    [InlineData(null, null, AttendanceMode.Unknown)]
    public void Guesses_how_people_attend(string? venue, string? address, AttendanceMode expected)
    {
        Assert.Equal(expected, AttendanceModeDetector.Detect(venue, address));
    }
}
