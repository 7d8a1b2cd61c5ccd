using System.Text;
using System.Text.Json.Nodes;
using Cms.Abstractions.Media;
using Cms.Abstractions.Recipes;
using Cms.Admin.Media;
using Cms.Admin.Tests.Media;
using Cms.Recipes.Steps;

namespace Cms.Admin.Tests.Hardening;

/// <summary>
/// Issue 16, item 9: frames and decoded bytes of a GIF or WebP are capped before any frame is decoded; recipe media
/// pass the same validator as uploads and never replace an existing file.
/// </summary>
public sealed class Item09ImageLimitsTests
{
    /// <summary>A GIF with a <paramref name="width"/> × <paramref name="height"/> canvas and <paramref name="frames"/> one-pixel frames.</summary>
    public static byte[] Gif(int width, int height, int frames)
    {
        var bytes = new List<byte>();
        bytes.AddRange(Encoding.ASCII.GetBytes("GIF89a"));
        bytes.AddRange([(byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0x80, 0, 0]); // global table of 2 colours
        bytes.AddRange([0, 0, 0, 255, 255, 255]);
        for (var i = 0; i < frames; i++)
        {
            bytes.AddRange([0x21, 0xF9, 4, 0, 1, 0, 0, 0]); // graphic control: 1/100 s
            bytes.AddRange([0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0]); // 1 × 1 at the corner
            bytes.AddRange([2, 2, 0x44, 0x01, 0]); // LZW: clear, pixel 0, end
        }
        bytes.Add(0x3B);
        return bytes.ToArray();
    }

    private static Task<(MediaCheck? Check, string? Error)> ValidateAsync(MediaFileValidator validator, string name, byte[] content) =>
        validator.ValidateAsync(name, new MemoryStream(content), CancellationToken.None);

    [Fact]
    public async Task Item09_an_animation_too_large_once_decoded_is_refused_before_decoding()
    {
        // 2000 × 2000 is 4 megapixels, well under the 40 megapixel limit; 20 frames expand to 320 MB.
        var (check, error) = await ValidateAsync(new MediaFileValidator(new MediaOptions()), "anime.gif", Gif(2000, 2000, 20));
        Assert.Null(check);
        Assert.Contains("une fois décodée", error);
        Assert.Contains("Cms:Media:MaxDecodedImageBytes", error);
    }

    [Fact]
    public async Task Item09_too_many_frames_are_refused_and_a_small_animation_passes()
    {
        var validator = new MediaFileValidator(new MediaOptions { MaxImageFrames = 50 });
        var (check, error) = await ValidateAsync(validator, "anime.gif", Gif(16, 16, 51));
        Assert.Null(check);
        Assert.Contains("51 images, au-delà de la limite de 50", error);

        (check, error) = await ValidateAsync(validator, "anime.gif", Gif(16, 16, 50));
        Assert.Null(error);
        Assert.Equal((16, 16), (check!.Width, check.Height));
    }

    [Fact]
    public void Item09_webp_frames_are_counted_from_the_container()
    {
        var chunks = new List<byte>();
        void Chunk(string fourCc, int size)
        {
            chunks.AddRange(Encoding.ASCII.GetBytes(fourCc));
            chunks.AddRange(BitConverter.GetBytes((uint)size));
            chunks.AddRange(new byte[size + (size & 1)]);
        }
        Chunk("VP8X", 10);
        Chunk("ANIM", 6);
        for (var i = 0; i < 7; i++) Chunk("ANMF", 17);
        var file = Encoding.ASCII.GetBytes("RIFF").Concat(BitConverter.GetBytes((uint)(chunks.Count + 4))).Concat(Encoding.ASCII.GetBytes("WEBP")).Concat(chunks).ToArray();
        Assert.Equal(7, ImageFrames.Count(new MemoryStream(file), MediaKind.WebP));
        Assert.Equal(1, ImageFrames.Count(new MemoryStream(MediaSamples.Png()), MediaKind.Png));
        Assert.Equal(3, ImageFrames.Count(new MemoryStream(Gif(4, 4, 3)), MediaKind.Gif));
    }

    [Fact]
    public async Task Item09_recipe_media_pass_the_upload_validator_and_never_replace_a_file()
    {
        var store = new MemoryMediaStore();
        var original = MediaSamples.Png(3, 2);
        await store.SaveAsync("uploads/existant.png", new MemoryStream(original));
        var step = new MediaStep(store, [new MediaFileValidator(new MediaOptions())]);
        var report = new RecipeReport();
        var files = new JsonArray(
            File("uploads/piege.jpg", MediaSamples.Html()),
            File("uploads/anime.gif", Gif(2000, 2000, 20)),
            File("uploads/existant.png", MediaSamples.Png(5, 5)),
            File("uploads/nouveau.png", MediaSamples.Png(4, 4)));
        await step.ExecuteAsync(new RecipeStepContext
        {
            RecipeName = "test", StepIndex = 0, StepName = "media", RecipeDirectory = Path.GetTempPath(), FileRoot = Path.GetTempPath(),
            Step = new JsonObject { ["name"] = "media", ["Files"] = files }, Report = report, Output = TextWriter.Null,
        }, CancellationToken.None);

        Assert.False(await store.ExistsAsync("uploads/piege.jpg"));
        Assert.False(await store.ExistsAsync("uploads/anime.gif"));
        Assert.True(await store.ExistsAsync("uploads/nouveau.png"));
        Assert.Contains(report.Refused, r => r.Path.Contains("uploads/piege.jpg") && r.Reason.Contains("média refusé"));
        Assert.Contains(report.Refused, r => r.Path.Contains("uploads/anime.gif") && r.Reason.Contains("une fois décodée"));
        await using var kept = (await store.OpenReadAsync("uploads/existant.png"))!;
        using var copy = new MemoryStream();
        await kept.CopyToAsync(copy);
        Assert.Equal(original, copy.ToArray());
        Assert.Contains(report.Messages, m => m.Contains("uploads/existant.png") && m.Contains("conservé, pas remplacé"));
    }

    private static JsonObject File(string target, byte[] content) =>
        new() { ["TargetPath"] = target, ["Base64"] = Convert.ToBase64String(content) };
}
