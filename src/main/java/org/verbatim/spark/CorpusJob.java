package org.verbatim.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.verbatim.core.Comparison;
import org.verbatim.core.ComparisonSettings;
import org.verbatim.core.Pipeline;
import org.verbatim.core.align.Cluster;
import org.verbatim.core.align.UnionFind;
import org.verbatim.core.model.Report;
import org.verbatim.core.model.ReportMeta;
import org.verbatim.core.model.SourceFormat;
import org.verbatim.core.read.ReadResult;
import org.verbatim.corpus.Article;
import org.verbatim.corpus.ArticleSketch;
import org.verbatim.corpus.CandidateKeys;
import org.verbatim.corpus.GroupingSettings;
import org.verbatim.corpus.Link;
import org.verbatim.corpus.QuoteLinker;
import org.verbatim.corpus.Sketcher;
import org.verbatim.corpus.Story;
import org.verbatim.corpus.StoryGrouper;
import org.verbatim.corpus.StoryResult;
import org.verbatim.export.ComparisonJson;
import scala.Tuple2;

/**
 * {@code spark-submit --class org.verbatim.spark.CorpusJob target/verbatim-spark.jar IN OUT [--window DAYS]}
 *
 * <p>IN: JSON lines (one article a line: id, url, date, outlet, title, text, as passim reads them) or Parquet
 * with those columns, from any path Spark reads (a file, a folder, a glob; local, HDFS, S3, ...). The stages are
 * the embedded engine's, with its classes:
 * <ol>
 *   <li>each article is sketched on an executor ({@link Sketcher});</li>
 *   <li>its bucket keys ({@link CandidateKeys}) are grouped by key; a bucket of 2 to {@code maxBucket} articles
 *       proposes its pairs; the pairs are joined to both sketches and confirmed
 *       ({@link GroupingSettings#confirms});</li>
 *   <li>each partition reduces its confirmed pairs to a spanning forest; the driver joins the forests into stories
 *       and numbers them as {@link StoryGrouper#stories} does;</li>
 *   <li>the articles are grouped by story and each story is compared on an executor with the standard
 *       {@link Pipeline}; the driver links the quote groups across stories ({@link QuoteLinker}).</li>
 * </ol>
 * OUT gets {@code stories.jsonl} (one story a line, in the shape {@code corpus --format json} prints each story),
 * {@code stories.parquet} (each story's figures), {@code articles.parquet} (each article's story),
 * {@code links.jsonl} and {@code links.parquet}.
 */
public final class CorpusJob {

    /** One article as the job carries it between stages: the fields of a corpus record. */
    public record ArticleRecord(long index, String source, String id, String url, String date, String outlet,
                                String title, String author, String text) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** The article as the JSON-lines reader of {@code core.read} makes it from the same line. */
        Article article() {
            ReportMeta meta = new ReportMeta(title, outlet, date, url, author, "UTF-8");
            return new Article((int) index, source, source, new ReadResult(text, SourceFormat.JSON_LINES, meta, List.of()));
        }
    }

    /**
     * One story compared on an executor.
     *
     * @param order      the story's place among the stories (0 for s1)
     * @param json       the story in the shape {@code corpus --format json} prints it, on one line
     * @param clusters   the quote groups' quote ids, for checking against the embedded engine
     */
    public record StoryOut(int order, String id, String title, List<String> articleIds, int reports, int quoteGroups,
                           int discrepancies, String firstDate, String lastDate, List<List<String>> clusters,
                           List<QuoteLinker.Print> prints, String json) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** What a run found: the stories in order and the links. */
    public record Result(List<StoryOut> stories, List<Link> links, long articles) {}

    private CorpusJob() {}

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: spark-submit --class org.verbatim.spark.CorpusJob verbatim-spark.jar IN OUT "
                    + "[--window DAYS]");
            System.exit(2);
        }
        GroupingSettings grouping = GroupingSettings.DEFAULTS;
        for (int i = 2; i + 1 < args.length; i += 2) {
            if (args[i].equals("--window")) {
                grouping = grouping.withWindowDays(Integer.parseInt(args[i + 1]));
            }
        }
        SparkSession spark = SparkSession.builder().appName("verbatim corpus").getOrCreate();
        try {
            Result r = run(spark, args[0], args[1], grouping);
            System.out.printf("%d articles, %d stories, %d quotes in several stories -> %s%n", r.articles(),
                    r.stories().size(), r.links().size(), args[1]);
        } finally {
            spark.stop();
        }
    }

    /** Runs the job and writes OUT; returns what it wrote, collected to the driver (for tests and small runs). */
    public static Result run(SparkSession spark, String input, String output, GroupingSettings grouping) {
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<ArticleRecord> articles = articles(spark, input).persist(StorageLevel.MEMORY_AND_DISK());
        long count = articles.count();

        JavaPairRDD<Integer, ArticleSketch> sketches = articles.mapPartitionsToPair(rows -> {
            Sketcher sketcher = new Sketcher(grouping.components());
            List<Tuple2<Integer, ArticleSketch>> out = new ArrayList<>();
            while (rows.hasNext()) {
                ArticleRecord r = rows.next();
                out.add(new Tuple2<>((int) r.index(), sketcher.sketch(r.article())));
            }
            return out.iterator();
        }).persist(StorageLevel.MEMORY_AND_DISK());

        // candidate pairs: every pair of a bucket that is not too large
        JavaPairRDD<Integer, Integer> pairs = sketches.mapPartitionsToPair(it -> {
            CandidateKeys keys = new CandidateKeys(new Sketcher(grouping.components()), grouping);
            List<Tuple2<Long, Integer>> out = new ArrayList<>();
            while (it.hasNext()) {
                Tuple2<Integer, ArticleSketch> s = it.next();
                for (long k : Arrays.stream(keys.of(s._2())).distinct().toArray()) {
                    out.add(new Tuple2<>(k, s._1()));
                }
            }
            return out.iterator();
        }).groupByKey().flatMapToPair(bucket -> {
            List<Integer> members = new ArrayList<>();
            bucket._2().forEach(members::add);
            List<Tuple2<Integer, Integer>> out = new ArrayList<>();
            if (members.size() >= 2 && members.size() <= grouping.maxBucket()) {
                members.sort(null);
                for (int x = 0; x < members.size(); x++) {
                    for (int y = x + 1; y < members.size(); y++) {
                        out.add(new Tuple2<>(members.get(x), members.get(y)));
                    }
                }
            }
            return out.iterator();
        }).distinct();

        // confirmed pairs, reduced per partition to a spanning forest, joined on the driver
        JavaPairRDD<Integer, Integer> confirmed = pairs.join(sketches)
                .mapToPair(p -> new Tuple2<>(p._2()._1(), p._2()._2()))
                .join(sketches)
                .filter(p -> grouping.confirms(p._2()._1(), p._2()._2()))
                .mapToPair(p -> new Tuple2<>(p._2()._1().index(), p._1()));
        List<Tuple2<Integer, Integer>> forest = confirmed.mapPartitions(CorpusJob::spanningForest).collect();
        int n = (int) count;
        UnionFind sets = new UnionFind(n);
        for (Tuple2<Integer, Integer> e : forest) {
            sets.union(e._1(), e._2());
        }
        long[] days = new long[n];
        for (Tuple2<Integer, Long> d : sketches.mapToPair(s -> new Tuple2<>(s._1(), s._2().day())).collect()) {
            days[d._1()] = d._2();
        }
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        List<Story> stories = StoryGrouper.stories(sets.groups(all), days);
        int[] storyOf = new int[n];
        for (int s = 0; s < stories.size(); s++) {
            for (int a : stories.get(s).articles()) {
                storyOf[a] = s;
            }
        }
        Broadcast<int[]> storyOfArticle = sc.broadcast(storyOf);
        Broadcast<List<Story>> storyList = sc.broadcast(stories);

        // each story compared on an executor
        JavaRDD<StoryOut> compared = articles
                .mapToPair(r -> new Tuple2<>(storyOfArticle.value()[(int) r.index()], r))
                .groupByKey()
                .map(g -> compare(storyList.value().get(g._1()), g._1(), g._2()))
                .persist(StorageLevel.MEMORY_AND_DISK());

        List<StoryOut> out = new ArrayList<>(compared.collect());
        out.sort(Comparator.comparingInt(StoryOut::order));
        List<QuoteLinker.Print> prints = new ArrayList<>();
        out.forEach(s -> prints.addAll(s.prints()));
        List<Link> links = QuoteLinker.link(prints);
        write(spark, sc, output, compared, articles, storyOfArticle, stories, links);
        compared.unpersist();
        sketches.unpersist();
        articles.unpersist();
        return new Result(out, links, count);
    }

    /** The articles in input order, numbered from 0; each a record of the fields the embedded reader keeps. */
    static JavaRDD<ArticleRecord> articles(SparkSession spark, String input) {
        StructType schema = new StructType()
                .add("id", DataTypes.StringType).add("url", DataTypes.StringType).add("date", DataTypes.StringType)
                .add("outlet", DataTypes.StringType).add("series", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("author", DataTypes.StringType)
                .add("text", DataTypes.StringType);
        boolean parquet = input.endsWith(".parquet") || input.endsWith(".parquet/");
        Dataset<Row> rows = parquet ? spark.read().parquet(input)
                : spark.read().schema(schema).option("mode", "DROPMALFORMED").json(input);
        for (String column : schema.fieldNames()) {
            if (!Arrays.asList(rows.columns()).contains(column)) {
                rows = rows.withColumn(column, functions.lit(null).cast(DataTypes.StringType));
            }
        }
        Dataset<Row> chosen = rows.select(functions.input_file_name().as("file"), functions.col("id"),
                functions.col("url"), functions.col("date"), functions.col("outlet"), functions.col("series"),
                functions.col("title"), functions.col("author"), functions.col("text"))
                .filter(functions.col("text").isNotNull().and(functions.trim(functions.col("text")).notEqual("")));
        return chosen.javaRDD().zipWithIndex().map(t -> {
            Row r = t._1();
            String file = r.getString(0);
            String id = strip(r.getString(1));
            String outlet = strip(r.getString(4));
            return new ArticleRecord(t._2(), file + "#" + (id != null ? id : String.valueOf(t._2() + 1)), id, strip(r.getString(2)),
                    strip(r.getString(3)), outlet != null ? outlet : strip(r.getString(5)), strip(r.getString(6)),
                    strip(r.getString(7)), r.getString(8));
        });
    }

    private static String strip(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** The edges that join this partition's articles, one per union: at most one fewer than the articles. */
    static Iterator<Tuple2<Integer, Integer>> spanningForest(Iterator<Tuple2<Integer, Integer>> edges) {
        Map<Integer, Integer> parent = new HashMap<>();
        List<Tuple2<Integer, Integer>> out = new ArrayList<>();
        while (edges.hasNext()) {
            Tuple2<Integer, Integer> e = edges.next();
            int a = root(parent, e._1());
            int b = root(parent, e._2());
            if (a != b) {
                parent.put(Math.max(a, b), Math.min(a, b));
                out.add(e);
            }
        }
        return out.iterator();
    }

    private static int root(Map<Integer, Integer> parent, int i) {
        int r = i;
        Integer p;
        while ((p = parent.get(r)) != null) {
            r = p;
        }
        return r;
    }

    private static StoryOut compare(Story story, int order, Iterable<ArticleRecord> rows) {
        Map<Integer, ArticleRecord> byIndex = new HashMap<>();
        rows.forEach(r -> byIndex.put((int) r.index(), r));
        List<Report> reports = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, Integer> titles = new HashMap<>();
        String title = null;
        int best = 0;
        for (int index : story.articles()) {
            Article a = byIndex.get(index).article();
            Report r = a.toReport("r" + (reports.size() + 1));
            reports.add(r);
            ids.add(a.id());
            int k = titles.merge(r.meta().title(), 1, Integer::sum);
            if (k > best) {
                best = k;
                title = r.meta().title();
            }
        }
        Comparison c = Pipeline.standard().compare(reports, ComparisonSettings.DEFAULTS);
        StoryResult result = new StoryResult(story, title, ids, c);
        StringWriter json = new StringWriter();
        String storyTitle = title;
        try {
            ComparisonJson.compact().write(c, json, g -> {
                g.writeStringField("id", story.id());
                g.writeStringField("title", storyTitle);
                g.writeArrayFieldStart("articles");
                for (String id : ids) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }, g -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> dates = reports.stream().map(r -> r.meta().date()).filter(d -> d != null).sorted().toList();
        List<List<String>> clusters = c.clusters().stream().map(Cluster::quoteIds).map(List::copyOf).toList();
        return new StoryOut(order, story.id(), title, ids, reports.size(),
                (int) c.clusters().stream().filter(Cluster::isGroup).count(), c.discrepancies().size(),
                dates.isEmpty() ? null : dates.get(0), dates.isEmpty() ? null : dates.get(dates.size() - 1),
                new ArrayList<>(clusters), new ArrayList<>(QuoteLinker.prints(order, result)), json.toString());
    }

    private static void write(SparkSession spark, JavaSparkContext sc, String output, JavaRDD<StoryOut> compared,
                              JavaRDD<ArticleRecord> articles, Broadcast<int[]> storyOf, List<Story> stories, List<Link> links) {
        String base = output.endsWith("/") ? output : output + "/";
        JavaRDD<StoryOut> ordered = compared.sortBy(StoryOut::order, true, Math.max(1, compared.getNumPartitions()));
        spark.createDataset(ordered.map(StoryOut::json).rdd(), org.apache.spark.sql.Encoders.STRING())
                .write().mode(SaveMode.Overwrite).text(base + "stories.jsonl");
        StructType storySchema = new StructType().add("id", DataTypes.StringType).add("title", DataTypes.StringType)
                .add("reports", DataTypes.IntegerType).add("quote_groups", DataTypes.IntegerType)
                .add("discrepancies", DataTypes.IntegerType).add("first_date", DataTypes.StringType)
                .add("last_date", DataTypes.StringType)
                .add("articles", DataTypes.createArrayType(DataTypes.StringType));
        spark.createDataFrame(ordered.map(s -> RowFactory.create(s.id(), s.title(), s.reports(), s.quoteGroups(),
                        s.discrepancies(), s.firstDate(), s.lastDate(), s.articleIds().toArray(new String[0]))), storySchema)
                .write().mode(SaveMode.Overwrite).parquet(base + "stories.parquet");
        StructType articleSchema = new StructType().add("article", DataTypes.StringType).add("story", DataTypes.StringType);
        List<String> storyIds = stories.stream().map(Story::id).toList();
        Broadcast<List<String>> ids = sc.broadcast(storyIds);
        spark.createDataFrame(articles.map(r -> RowFactory.create(r.source(), ids.value().get(storyOf.value()[(int) r.index()]))),
                articleSchema).write().mode(SaveMode.Overwrite).parquet(base + "articles.parquet");
        List<Row> linkRows = new ArrayList<>();
        List<String> linkJson = new ArrayList<>();
        for (Link l : links) {
            List<Row> groups = new ArrayList<>();
            StringBuilder g = new StringBuilder();
            for (Link.Group x : l.groups()) {
                groups.add(RowFactory.create(x.story(), x.cluster(), x.reports(), x.firstDate()));
                g.append(g.length() > 0 ? "," : "").append("{\"story\":").append(quote(x.story())).append(",\"cluster\":")
                        .append(quote(x.cluster())).append(",\"reports\":").append(x.reports()).append(",\"first_date\":")
                        .append(quote(x.firstDate())).append('}');
            }
            linkRows.add(RowFactory.create(l.id(), l.text(), l.speaker(), groups.toArray(new Row[0])));
            linkJson.add("{\"id\":" + quote(l.id()) + ",\"text\":" + quote(l.text()) + ",\"speaker\":" + quote(l.speaker())
                    + ",\"groups\":[" + g + "]}");
        }
        StructType groupSchema = new StructType().add("story", DataTypes.StringType).add("cluster", DataTypes.StringType)
                .add("reports", DataTypes.IntegerType).add("first_date", DataTypes.StringType);
        StructType linkSchema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("speaker", DataTypes.StringType).add("groups", DataTypes.createArrayType(groupSchema));
        spark.createDataFrame(linkRows, linkSchema).coalesce(1).write().mode(SaveMode.Overwrite).parquet(base + "links.parquet");
        spark.createDataset(linkJson, org.apache.spark.sql.Encoders.STRING()).coalesce(1).write().mode(SaveMode.Overwrite)
                .text(base + "links.jsonl");
    }

    private static String quote(String s) {
        if (s == null) {
            return "null";
        }
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
