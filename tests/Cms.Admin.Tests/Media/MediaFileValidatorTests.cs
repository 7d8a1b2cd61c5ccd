using Cms.Admin.Media;

namespace Cms.Admin.Tests.Media;

/// <summary>The type is read from the content: files lying about their type are refused with the reason.</summary>
public class MediaFileValidatorTests
{
    private static readonly MediaFileValidator Validator = new(new MediaOptions { MaxFileSize = 1024 * 1024, MaxImagePixels = 1_000_000 });

    private static Task<(MediaCheck? Check, string? Error)> Validate(string name, byte[] content) =>
        Validator.ValidateAsync(name, new MemoryStream(content), CancellationToken.None);

    [Fact]
    public async Task A_real_image_is_accepted_with_its_size()
    {
        var (check, error) = await Validate("photo.png", MediaSamples.Png(3, 2));
        Assert.Null(error);
        Assert.Equal(MediaKind.Png, check!.Kind);
        Assert.Equal((3, 2), (check.Width, check.Height));

        (check, error) = await Validate("photo.jpeg", MediaSamples.Jpeg());
        Assert.Null(error);
        Assert.Equal(MediaKind.Jpeg, check!.Kind);
    }

    [Theory]
    [InlineData("rapport.pdf", "pdf")]
    [InlineData("compte-rendu.docx", "docx")]
    [InlineData("compte-rendu.odt", "odt")]
    [InlineData("liste.csv", "text")]
    [InlineData("liste.txt", "text")]
    public async Task Documents_are_recognized_by_their_content(string name, string kind)
    {
        var content = kind switch
        {
            "pdf" => MediaSamples.Pdf(),
            "docx" => MediaSamples.Docx(),
            "odt" => MediaSamples.Odt(),
            _ => MediaSamples.Csv(),
        };
        var (check, error) = await Validate(name, content);
        Assert.Null(error);
        Assert.Equal(kind, check!.Kind.Name);
    }

    [Fact]
    public async Task A_png_named_pdf_is_refused_and_the_right_extension_is_named()
    {
        var (check, error) = await Validate("rapport.pdf", MediaSamples.Png());
        Assert.Null(check);
        Assert.Contains("une image PNG", error);
        Assert.Contains("« .pdf »", error);
        Assert.Contains(".png", error);
    }

    [Fact]
    public async Task An_html_file_named_jpg_is_refused()
    {
        var (check, error) = await Validate("photo.jpg", MediaSamples.Html());
        Assert.Null(check);
        Assert.Contains("HTML", error);
    }

    [Fact]
    public async Task Svg_is_refused_because_it_can_carry_scripts()
    {
        var (check, error) = await Validate("logo.svg", MediaSamples.Svg());
        Assert.Null(check);
        Assert.Contains("SVG", error);
    }

    [Fact]
    public async Task A_truncated_jpeg_fails_to_decode_and_is_refused()
    {
        var (check, error) = await Validate("photo.jpg", MediaSamples.TruncatedJpeg());
        Assert.Null(check);
        Assert.Contains("ne peut pas être décodée", error);
    }

    [Fact]
    public async Task A_zip_named_png_is_refused()
    {
        var (check, error) = await Validate("image.png", MediaSamples.Zip());
        Assert.Null(check);
        Assert.Contains("archive ZIP", error);
    }

    [Fact]
    public async Task A_binary_file_of_no_known_type_is_refused()
    {
        var (check, error) = await Validate("data.txt", [0x00, 0x01, 0x02, 0xFE, 0x41]);
        Assert.Null(check);
        Assert.Contains("non reconnu", error);
    }

    [Fact]
    public async Task Oversized_files_and_images_beyond_the_pixel_budget_are_refused_before_decoding()
    {
        var (check, error) = await Validate("grand.pdf", [.. MediaSamples.Pdf(), .. new byte[1024 * 1024]]);
        Assert.Null(check);
        Assert.Contains("taille maximale de 1 Mo", error);

        (check, error) = await Validate("immense.png", MediaSamples.Png(2000, 1000));
        Assert.Null(check);
        Assert.Contains("2000 × 1000", error);
    }
}
