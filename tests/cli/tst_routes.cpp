// `routescope routes --at TIME`: the replayed route table with the marks valid at TIME, against
// the generator's route-table truth; its JSON shape; usage errors.
#include "generatedbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kBinaryDir = QStringLiteral(ROUTESCOPE_BINARY_DIR);

QByteArray run(const QStringList& arguments, int* exitCode, QByteArray* errors = nullptr)
{
    QProcess process;
    process.start(kBinaryDir + QStringLiteral("/routescope"), arguments);
    process.waitForFinished(300000);
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (errors)
        *errors = process.readAllStandardError();
    return process.readAllStandardOutput();
}

QSet<QString> keysOf(const QJsonObject& o)
{
    QSet<QString> keys;
    for (auto it = o.begin(); it != o.end(); ++it)
        keys.insert(it.key());
    return keys;
}

} // namespace

class TestRoutes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void usageErrors();
    void tableAtTheMomentsThatMatter();
    void textForPeople();

private:
    QTemporaryDir m_dir;
    QJsonObject m_truth;
};

void TestRoutes::initTestCase()
{
    m_truth = rs::test::generateBundle(m_dir.path(), {QStringLiteral("--minutes"), QStringLiteral("8"),
                                                      QStringLiteral("--rps"), QStringLiteral("1"),
                                                      QStringLiteral("--seed"), QStringLiteral("5")});
    QVERIFY(!m_truth.value(QStringLiteral("route_table")).toArray().isEmpty());
}

void TestRoutes::usageErrors()
{
    int exitCode = 0;
    QByteArray errors;
    const QString dir = m_dir.path();
    for (const QStringList& args :
         {QStringList{QStringLiteral("routes"), dir},
          QStringList{QStringLiteral("routes"), dir, QStringLiteral("--at"), QStringLiteral("yesterday")},
          QStringList{QStringLiteral("routes"), dir, QStringLiteral("--at")},
          QStringList{QStringLiteral("routes"), dir, QStringLiteral("--at"),
                      QStringLiteral("2026-10-14T09:00:00Z"), QStringLiteral("--csv")},
          QStringList{QStringLiteral("routes"), dir, QStringLiteral("--at"),
                      QStringLiteral("2026-10-14T09:00:00Z"), QStringLiteral("--router")},
          QStringList{QStringLiteral("routes"), QStringLiteral("--at"),
                      QStringLiteral("2026-10-14T09:00:00Z")}}) {
        run(args, &exitCode, &errors);
        QVERIFY2(exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
        QVERIFY(errors.startsWith("routescope: "));
    }
    const QByteArray help = run({QStringLiteral("--help")}, &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(help.contains("routescope routes PATH… --at TIME [--router ID] [--json]"));
}

// At the sample times around the stale story (before and after an address is taken over), the
// command shows what the truth says, in the shape DESIGN.md §7 and issue 13 give.
void TestRoutes::tableAtTheMomentsThatMatter()
{
    // The truth's rows, by (router, time).
    QMap<QPair<QString, QString>, QList<QJsonObject>> rows;
    QPair<QString, QString> reused, beforeReuse;
    QString reusedKey;
    for (const QJsonValue v : m_truth.value(QStringLiteral("route_table")).toArray()) {
        const QJsonObject o = v.toObject();
        rows[{o.value(QStringLiteral("router")).toString(), o.value(QStringLiteral("at")).toString()}] << o;
        if (reusedKey.isEmpty() &&
            o.value(QStringLiteral("stale")).toString() == QLatin1String("address_reused") &&
            o.value(QStringLiteral("stale_known")).toBool()) {
            reused = {o.value(QStringLiteral("router")).toString(), o.value(QStringLiteral("at")).toString()};
            reusedKey = o.value(QStringLiteral("route")).toString() + QLatin1Char(' ') +
                        o.value(QStringLiteral("address")).toString();
        }
    }
    QVERIFY2(!reusedKey.isEmpty(), "the generator planted no reused address");
    // The latest sample before that one where the same endpoint was present but not reused yet.
    for (auto it = rows.begin(); it != rows.end(); ++it)
        for (const QJsonObject& o : it.value())
            if (it.key().first == reused.first && it.key().second < reused.second &&
                o.value(QStringLiteral("present")).toBool() &&
                o.value(QStringLiteral("stale_known")).toBool() &&
                o.value(QStringLiteral("route")).toString() + QLatin1Char(' ') +
                        o.value(QStringLiteral("address")).toString() ==
                    reusedKey &&
                o.value(QStringLiteral("stale")).toString() != QLatin1String("address_reused"))
                beforeReuse = it.key();
    QVERIFY2(!beforeReuse.first.isEmpty(), "no sample before the reuse");

    int reusedSeen = 0;
    for (const auto& moment : {beforeReuse, reused}) {
        int exitCode = -1;
        const QByteArray out =
            run({QStringLiteral("routes"), m_dir.path(), QStringLiteral("--at"), moment.second,
                 QStringLiteral("--router"), moment.first, QStringLiteral("--json")},
                &exitCode);
        QCOMPARE(exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(out).object();
        QCOMPARE(keysOf(root), (QSet<QString>{QStringLiteral("at"), QStringLiteral("routers")}));
        QCOMPARE(root.value(QStringLiteral("at")).toString(), moment.second);
        const QJsonArray routers = root.value(QStringLiteral("routers")).toArray();
        QCOMPARE(routers.size(), 1);
        QCOMPARE(routers[0].toObject().value(QStringLiteral("router")).toString(), moment.first);
        QMap<QString, QJsonObject> shown; // "route address" -> endpoint
        for (const QJsonValue r : routers[0].toObject().value(QStringLiteral("routes")).toArray()) {
            const QJsonObject route = r.toObject();
            QCOMPARE(keysOf(route), (QSet<QString>{QStringLiteral("route"), QStringLiteral("endpoints")}));
            for (const QJsonValue e : route.value(QStringLiteral("endpoints")).toArray()) {
                const QJsonObject endpoint = e.toObject();
                QCOMPARE(keysOf(endpoint),
                         (QSet<QString>{QStringLiteral("address"), QStringLiteral("instance_id"),
                                        QStringLiteral("app_id"), QStringLiteral("app_name"),
                                        QStringLiteral("tls"), QStringLiteral("registered_since"),
                                        QStringLiteral("stale")}));
                const QJsonValue stale = endpoint.value(QStringLiteral("stale"));
                if (stale.isObject()) {
                    const QJsonObject mark = stale.toObject();
                    QCOMPARE(keysOf(mark), (QSet<QString>{QStringLiteral("reason"), QStringLiteral("certain"),
                                                          QStringLiteral("since"), QStringLiteral("owner")}));
                    QVERIFY(mark.value(QStringLiteral("since")).toString() <= moment.second);
                    if (mark.value(QStringLiteral("reason")).toString() == QLatin1String("address_reused")) {
                        ++reusedSeen;
                        const QJsonObject owner = mark.value(QStringLiteral("owner")).toObject();
                        QCOMPARE(keysOf(owner),
                                 (QSet<QString>{QStringLiteral("app_name"), QStringLiteral("instance_id")}));
                        QVERIFY(!owner.value(QStringLiteral("app_name")).toString().isEmpty());
                        QVERIFY(mark.value(QStringLiteral("certain")).toBool());
                    } else {
                        QVERIFY(mark.value(QStringLiteral("owner")).isNull());
                    }
                } else {
                    QVERIFY(stale.isNull());
                }
                shown.insert(route.value(QStringLiteral("route")).toString() + QLatin1Char(' ') +
                                 endpoint.value(QStringLiteral("address")).toString(),
                             endpoint);
            }
        }
        int compared = 0;
        for (const QJsonObject& o : rows.value(moment)) {
            const QString key = o.value(QStringLiteral("route")).toString() + QLatin1Char(' ') +
                                o.value(QStringLiteral("address")).toString();
            const bool present = o.value(QStringLiteral("present")).toBool();
            if (o.value(QStringLiteral("presence_known")).toBool())
                QVERIFY2(shown.contains(key) == present, qPrintable(moment.second + QLatin1Char(' ') + key));
            if (!present || !shown.contains(key) || !o.value(QStringLiteral("stale_known")).toBool())
                continue;
            const QJsonValue stale = shown.value(key).value(QStringLiteral("stale"));
            const QString got = stale.isNull() ? QStringLiteral("none")
                                               : stale.toObject().value(QStringLiteral("reason")).toString();
            QVERIFY2(got == o.value(QStringLiteral("stale")).toString(),
                     qPrintable(moment.second + QLatin1Char(' ') + key + QLatin1Char(' ') + got));
            ++compared;
        }
        QVERIFY(compared > 5);
    }
    QVERIFY(reusedSeen > 0);
}

void TestRoutes::textForPeople()
{
    const QString to = m_truth.value(QStringLiteral("to")).toString();
    int exitCode = -1;
    const QByteArray out =
        run({QStringLiteral("routes"), m_dir.path(), QStringLiteral("--at"), to}, &exitCode);
    QCOMPARE(exitCode, 0);
    for (const QJsonValue r : m_truth.value(QStringLiteral("routers")).toArray())
        QVERIFY(out.contains(r.toObject().value(QStringLiteral("name")).toString().toUtf8() + " at "));
    QVERIFY(out.contains("dump captured at "));
    QVERIFY(out.contains("STALE address_reused (certain) since "));
    // A router nobody has: nothing, and no error.
    const QByteArray none =
        run({QStringLiteral("routes"), m_dir.path(), QStringLiteral("--at"), to, QStringLiteral("--router"),
             QStringLiteral("router/nope"), QStringLiteral("--json")},
            &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(none).object().value(QStringLiteral("routers")).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestRoutes)
#include "generatedbundle.h"
#include "tst_routes.moc"
