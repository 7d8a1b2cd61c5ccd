using Cms.MarkdownImport.Services;

namespace Cms.MarkdownImport.Tests;

/// <summary>The import's parallel stage: order, the writer's help, failures and the bound on work ahead.</summary>
public sealed class ParsingPipelineTests
{
    private static int[][] Batches(int count, int size) =>
        Enumerable.Range(0, count * size).Chunk(size).ToArray();

    [Fact]
    public async Task Batches_come_in_order_with_every_document_parsed_once()
    {
        var calls = new int[60];
        using var stop = new CancellationTokenSource();
        using var pipeline = new ParsingPipeline<int, string>(Batches(12, 5), n =>
        {
            Interlocked.Increment(ref calls[n]);
            return $"doc {n}";
        }, threads: 3, stop.Token);
        for (var index = 0; index < 12; index++)
        {
            var batch = await pipeline.TakeAsync(index, CancellationToken.None);
            Assert.Equal(Enumerable.Range(index * 5, 5).Select(n => $"doc {n}"), batch);
            pipeline.Written();
        }
        await pipeline.StopAsync();
        Assert.All(calls, c => Assert.Equal(1, c));
    }

    [Fact]
    public async Task The_writer_parses_what_no_thread_has_taken_instead_of_waiting()
    {
        using var parsingThreadMayGoOn = new ManualResetEventSlim();
        var parsedBy = new int[8];
        using var stop = new CancellationTokenSource();
        using var pipeline = new ParsingPipeline<int, int>(Batches(2, 4), n =>
        {
            // The dedicated thread stops at its first document until told to go on.
            if (Thread.CurrentThread.Name?.StartsWith("Import parsing", StringComparison.Ordinal) == true) parsingThreadMayGoOn.Wait();
            parsedBy[n] = Environment.CurrentManagedThreadId;
            return n;
        }, threads: 1, stop.Token);

        var writer = Environment.CurrentManagedThreadId;
        var first = pipeline.TakeAsync(0, CancellationToken.None);
        // At most one document of the batch is held by the blocked thread: the writer parsed the others itself.
        Assert.True(parsedBy[..4].Count(t => t == writer) >= 3);
        parsingThreadMayGoOn.Set();
        Assert.Equal(new[] { 0, 1, 2, 3 }, await first);
        pipeline.Written();
        Assert.Equal(new[] { 4, 5, 6, 7 }, await pipeline.TakeAsync(1, CancellationToken.None));
        pipeline.Written();
        await pipeline.StopAsync();
    }

    [Fact]
    public async Task A_failure_is_thrown_for_its_batch_the_first_document_s_when_several_failed()
    {
        using var stop = new CancellationTokenSource();
        using var pipeline = new ParsingPipeline<int, int>(Batches(3, 4), n => n is 5 or 6 ? throw new IOException($"document {n}") : n, threads: 2, stop.Token);
        Assert.Equal(new[] { 0, 1, 2, 3 }, await pipeline.TakeAsync(0, CancellationToken.None));
        pipeline.Written();
        var e = await Assert.ThrowsAsync<IOException>(() => pipeline.TakeAsync(1, CancellationToken.None));
        Assert.Equal("document 5", e.Message);
        await stop.CancelAsync();
        await pipeline.StopAsync();
    }

    [Fact]
    public async Task No_document_is_parsed_beyond_the_batches_allowed_ahead_of_the_writer()
    {
        var parsed = 0;
        using var stop = new CancellationTokenSource();
        using var pipeline = new ParsingPipeline<int, int>(Batches(10, 3), n => Interlocked.Increment(ref parsed), threads: 2, stop.Token);
        var allowed = (ParsingPipeline<int, int>.Ahead + 1) * 3;
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref parsed) == allowed, TimeSpan.FromSeconds(30)));
        Thread.Sleep(200);
        Assert.Equal(allowed, Volatile.Read(ref parsed));

        await pipeline.TakeAsync(0, CancellationToken.None);
        pipeline.Written();
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref parsed) == allowed + 3, TimeSpan.FromSeconds(30)));
        Thread.Sleep(200);
        Assert.Equal(allowed + 3, Volatile.Read(ref parsed));
        await stop.CancelAsync();
        await pipeline.StopAsync();
    }
}
