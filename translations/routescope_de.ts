<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CliText</name>
    <message>
        <location filename="../src/cli/options.cpp" line="33"/>
        <source>Usage:
  routescope [PATH]                          open the window (on PATH, or the sample incident)
  routescope summary PATH… [--json]          sources, counts, time span, histograms, import report
  routescope requests PATH… [--csv|--jsonl]  one row per request
Options:
  --threads N   parser threads (default: one per core)
  --progress    show import progress on stderr
PATH is a directory, a log file, a .gz, or a .tgz/.tar/.zip bundle (archives may nest).
Exit status: 0 success, 1 input problems (see the import report), 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="54"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="64"/>
        <source>%1 is not an option of this command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="68"/>
        <source>choose one output format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="97"/>
        <source>--threads needs a number from 1 to 256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="102"/>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/options.cpp" line="107"/>
        <source>no PATH given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportText</name>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="86"/>
        <source>not a log RouteScope reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="88"/>
        <source>Gorouter access log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="90"/>
        <source>Gorouter log (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="92"/>
        <source>Gorouter stderr (Go log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="94"/>
        <source>route table dump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="96"/>
        <source>cfdot actual-lrps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="98"/>
        <source>Diego/component lager log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="107"/>
        <source>not an access-log record: expected HOST - [TIME] &quot;REQUEST&quot; STATUS …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="109"/>
        <source>access-log start time is not a timestamp of any Gorouter release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="111"/>
        <source>an access-log field has an impossible value (status, byte count, IP address or key:value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="113"/>
        <source>a quoted value never ends: the line was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="115"/>
        <source>not valid JSON (for example an edited or redacted line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="117"/>
        <source>JSON cut short: the line ends inside the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="119"/>
        <source>JSON of an unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="121"/>
        <source>JSON log line without timestamp or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="123"/>
        <source>timestamp cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="125"/>
        <source>stderr text that is not a Go log line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="127"/>
        <source>record lacks the fields that make it usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="129"/>
        <source>valid line of another kind (%1) inside this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="131"/>
        <source>line longer than the line limit; cut and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="133"/>
        <source>binary bytes (NUL) inside a text line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="135"/>
        <source>wrapper (cf logs, syslog, bosh logs -f) around text that is not a record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="137"/>
        <source>fields of different Gorouter releases or contradicting each other: an edited line, not one Gorouter wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="147"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="149"/>
        <source>gzip data ends early; the readable part was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="151"/>
        <source>gzip data is corrupt; the readable part was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="153"/>
        <source>archive ends early; members before the cut were imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="155"/>
        <source>archive member is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="157"/>
        <source>member path leaves the archive (.. or absolute); read in memory under a safe name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="159"/>
        <source>symbolic or hard link member; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="161"/>
        <source>device, FIFO or socket member; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="163"/>
        <source>member name is not valid UTF-8; shown escaped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="165"/>
        <source>archives nested too deeply; inner archive skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="167"/>
        <source>member larger than the size limit; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="169"/>
        <source>bundle expands past the total size limit; rest skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="171"/>
        <source>compression ratio too high (decompression bomb?); skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="173"/>
        <source>more archive members than the limit; rest skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="175"/>
        <source>encrypted member; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="177"/>
        <source>import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="188"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="190"/>
        <source>binary file, not log text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="192"/>
        <source>no line looks like a Gorouter, Diego, route-table or LRP log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/core/store/importreport.cpp" line="194"/>
        <source>Go log lines of another component, not Gorouter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportTreeText</name>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="33"/>
        <source>Bundle problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="47"/>
        <source>First line: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="49"/>
        <source>%1 lines of other programs (not records), e.g. line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="54"/>
        <source>content ends early; the readable part was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="57"/>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/importreporttree.cpp" line="59"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunText</name>
    <message>
        <location filename="../src/cli/importrun.cpp" line="29"/>
        <source>importing… %1% (%2 files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="42"/>
        <source>problem: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="49"/>
        <source>truncated: %1: content ends early; the readable part was imported
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/cli/importrun.cpp" line="52"/>
        <source>skipped: %1: %n line(s): %2
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="55"/>
        <source>  line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/importrun.cpp" line="59"/>
        <source>import cancelled
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../forms/mainwindow.ui" line="9"/>
        <source>RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="37"/>
        <source>Open a bundle (File → Open, or drop a .tgz, .zip, .gz, folder or log file here) to see its requests.
Help → Open sample incident shows what RouteScope finds in a generated outage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="78"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="82"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="95"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="100"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="116"/>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="128"/>
        <source>File / reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="129"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="130"/>
        <source>Router / cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="131"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="132"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="136"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="137"/>
        <source>Open a bundle archive (.tgz, .tar, .zip), a .gz or a log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="138"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="141"/>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="142"/>
        <source>Open a directory of extracted logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="143"/>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="147"/>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="148"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="151"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="152"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="155"/>
        <source>Open &amp;Sample Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="156"/>
        <source>Open the generated sample outage shipped with RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../forms/mainwindow.ui" line="159"/>
        <source>&amp;About RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryText</name>
    <message>
        <location filename="../src/cli/summary.cpp" line="31"/>
        <source>%1 MB/s, %2 k lines/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="75"/>
        <source>RouteScope summary of %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="79"/>
        <source>Time span     %1 … %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="80"/>
        <source>Requests      %1 on %2 router(s)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="83"/>
        <source>Events        %1 gorouter events, %2 stderr lines, %3 container events, %4 other component lines
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="94"/>
        <source>Snapshots     %1 route-table dump(s) with %2 endpoints, %3 LRP capture(s) with %4 LRPs
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="103"/>
        <source>Status        </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="107"/>
        <source>              </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="114"/>
        <source>Router errors (x_cf_routererror)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="119"/>
        <source>
Files: %1 read, %2 ignored
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="121"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="122"/>
        <source>ROUTER/CELL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="123"/>
        <source>LINES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="124"/>
        <source>RECORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="125"/>
        <source>SKIPPED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="126"/>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="142"/>
        <source>
Skipped lines
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="144"/>
        <source>  %1: %2 line(s): %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="146"/>
        <source>      line %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="154"/>
        <source>
Lines of other programs in captures (not records, not problems)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="156"/>
        <source>  %1: %2 line(s), e.g. line %3: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="163"/>
        <source>
Bundle problems
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="170"/>
        <source>
Ignored files
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/cli/summary.cpp" line="176"/>
        <source>
Imported %1 MB of text (%2 lines) in %3 s: %4
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../src/app/main.cpp" line="41"/>
        <source>Incident viewer for Gorouter failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/main.cpp" line="45"/>
        <source>Bundle, folder or log files to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::MainWindow</name>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="66"/>
        <source>Open bundle or logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="67"/>
        <source>Bundles and logs (*.tgz *.tar.gz *.tar *.zip *.gz *.log *.json *.txt *.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="72"/>
        <source>Open folder of logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="80"/>
        <source>About RouteScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="81"/>
        <source>RouteScope %1
Incident viewer for Cloud Foundry Gorouter failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="91"/>
        <source>Import cancelled; the previous incident is still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/app/mainwindow.cpp" line="110"/>
        <source>%n inputs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="118"/>
        <source>Sample incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="118"/>
        <source>The embedded sample incident is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="121"/>
        <source>sample incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="134"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="142"/>
        <source>Importing %1… %2 files, %3 MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="156"/>
        <source>no timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="157"/>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="159"/>
        <source>%1 requests, %2 gorouter events, %3 route-table dumps, %4 LRP captures — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="167"/>
        <source>Imported %1 files (%2 MB) in %3 s; %4 lines skipped, %5 problems — see the import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/mainwindow.cpp" line="173"/>
        <source>RouteScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rs::RequestTableModel</name>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="101"/>
        <source>Start (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="103"/>
        <source>Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="105"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="107"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="109"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="111"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="113"/>
        <source>Response time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="115"/>
        <source>Router error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/app/requesttablemodel.cpp" line="117"/>
        <source>vcap_request_id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
