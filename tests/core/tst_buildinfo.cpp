// core/util/buildinfo: the stamp the binary registers, and every library with a version.
#include "core/util/buildinfo.h"

#include <QRegularExpression>
#include <QTest>

class TestBuildInfo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void withoutAStampTheBuildIsUnknown();
    void aStampNamesTheBuildAndQCustomPlot();
};

void TestBuildInfo::withoutAStampTheBuildIsUnknown()
{
    const rs::BuildInfo info = rs::buildInfo();
    QCOMPARE(info.commit, QStringLiteral("unknown"));
    QStringList names;
    for (const auto& library : info.libraries) {
        names << library.name;
        QVERIFY2(
            QRegularExpression(QStringLiteral("^\\d+\\.\\d+(\\.\\d+)?$")).match(library.version).hasMatch(),
            qPrintable(library.name + QLatin1Char(' ') + library.version));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Qt"), QStringLiteral("libarchive"), QStringLiteral("ISA-L"),
                                 QStringLiteral("simdjson")}));
}

void TestBuildInfo::aStampNamesTheBuildAndQCustomPlot()
{
    rs::registerBuildStamp({"1.2.3", "abcdef012345-dirty", "2026-12-05", "2.1.0"});
    const QString text = rs::buildInfoText();
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("routescope 1.2.3"));
    QCOMPARE(lines.value(1), QStringLiteral("Commit: abcdef012345-dirty"));
    QCOMPARE(lines.value(2), QStringLiteral("Build date: 2026-12-05"));
    QVERIFY(lines.contains(QStringLiteral("QCustomPlot 2.1.0")));
    // libarchive names the codecs it was built with; simdjson the kernel it picked for this CPU.
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\nlibarchive \\d+\\.\\d+\\.\\d+ \\(.*zlib/"))));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\nsimdjson \\d+\\.\\d+\\.\\d+ \\(\\w+\\)"))));
}

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "tst_buildinfo.moc"
