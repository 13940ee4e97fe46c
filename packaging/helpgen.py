#!/usr/bin/env python3
"""Generate routescope(1) and the bash and zsh completions from `routescope help`.

    helpgen.py BINARY --version V --date YYYY-MM-DD --man OUT.1.gz --bash OUT --zsh OUT

The binary prints its help in English (LANG=C); the man page and the completions are built
from that text, so a command or option added to the help appears in both without anyone
editing this file. What the help text leaves implicit is listed here:
EXTRA_COMMANDS (the words commandNamed() accepts that the usage does not show).
"""

import argparse
import gzip
import os
import re
import subprocess
import sys

# Words commandNamed() accepts that the usage lines do not list.
EXTRA_COMMANDS = [("help", "print this help and the filter grammar"),
                  ("version", "version, commit, build date and library versions")]


def run_help(binary):
    env = dict(os.environ, LANG="C", LC_ALL="C", LANGUAGE="", QT_QPA_PLATFORM="offscreen")
    return subprocess.run([binary, "help"], env=env, check=True, capture_output=True,
                          text=True, encoding="utf-8").stdout


def indent_of(line):
    return len(line) - len(line.lstrip(" "))


def description_column(lines):
    """The column where descriptions start: the most common start after a gap of 2+ spaces."""
    columns = {}
    for line in lines:
        m = re.match(r"^(\s+\S.*?\S)(\s{2,})(\S)", line)
        if m:
            col = len(m.group(1)) + len(m.group(2))
            columns[col] = columns.get(col, 0) + 1
    return max(columns, key=columns.get) if columns else None


def split_entries(lines, min_gap):
    """Two-column entries (syntax, description) with their continuation lines: an entry starts
    at the block's indent, a line indented to the description column continues the
    description, any other indent continues the syntax."""
    col = description_column(lines)
    base = min(indent_of(line) for line in lines if line.strip())
    entries = []
    for line in lines:
        if not line.strip():
            continue
        indent = indent_of(line)
        if indent == base:
            if col and len(line) > col and line[col - min_gap:col] == " " * min_gap and line[:col].strip():
                entries.append([line[:col].strip(), [line[col:].strip()]])
            else:
                entries.append([line.strip(), []])
        elif indent == col and entries:
            entries[-1][1].append(line.strip())
        elif entries:
            entries[-1][0] += " " + line.strip()
    return [(syntax, " ".join(desc)) for syntax, desc in entries]


def parse(text):
    lines = text.splitlines()
    blocks = {"usage": [], "options": [], "notes": [], "filter": []}
    current = None
    for line in lines:
        if line == "Usage:":
            current = "usage"
        elif line == "Options:":
            current = "options"
        elif line.startswith("Filter expressions"):
            current = "filter"
            blocks["filter"].append(line)
        elif current in ("usage", "options") and line and not line.startswith(" "):
            current = "notes"
            blocks["notes"].append(line)
        elif current:
            blocks[current].append(line)
    if not blocks["usage"] or not blocks["options"]:
        sys.exit("helpgen: the help text has no 'Usage:' or 'Options:' block")

    commands = []  # (name or None for the window, syntax, description)
    for syntax, desc in split_entries(blocks["usage"], 2):
        m = re.match(r"^routescope(?:\s+([a-z][a-z-]*))?\b", syntax)
        if not m:
            sys.exit(f"helpgen: unexpected usage line: {syntax}")
        commands.append((m.group(1), syntax, desc))
    options = []  # (flag, argument, description)
    for syntax, desc in split_entries(blocks["options"], 1):
        flag, _, arg = syntax.partition(" ")
        options.append((flag, arg, desc))

    fields, classes = [], []
    section = None
    for line in blocks["filter"]:
        if line.startswith("Fields and operators"):
            section = "fields"
        elif line.startswith("Error classes"):
            section = "classes"
        elif line and not line.startswith(" "):
            section = None
        elif section == "fields" and re.match(r"^  [a-z]+\s", line):
            fields.append(line.split()[0])
        elif section == "classes" and line.strip():
            classes.extend(line.split())
    if not fields or not classes:
        sys.exit("helpgen: the filter help lists no fields or no error classes")
    return {"commands": commands, "options": options, "notes": blocks["notes"],
            "filter": blocks["filter"], "fields": fields, "classes": classes}


# A flag in a usage line, and the argument written after it: --kind timeline|backends,
# -o FILE.png|svg, --at TIME, [--csv|--jsonl].
FLAG = re.compile(r"(?:^|(?<=[\s\[|]))(--?[a-z][a-z-]*)(?:\s+([^\s\[\]-][^\s\[\]]*))?")


def command_options(help_data):
    """For each command: its flags; the flags that take a value, the fixed values of some (per
    command, None for an option of every command), and the file suffixes of -o."""
    names = [c for c, _, _ in help_data["commands"] if c]
    per_command = {}
    values = {}
    files = {}
    takes = {}  # flag -> the name of its argument
    for name, syntax, _ in help_data["commands"]:
        if not name:
            continue
        flags = per_command.setdefault(name, [])
        for m in FLAG.finditer(syntax):
            flag, arg = m.group(1), m.group(2) or ""
            if flag not in flags:
                flags.append(flag)
            if not arg:
                continue
            takes[flag] = arg
            if arg.startswith("FILE"):
                files[name] = [part.rsplit(".", 1)[-1] for part in arg.split("|")]
            elif re.fullmatch(r"[a-z0-9]+(\|[a-z0-9]+)+", arg):
                values.setdefault(flag, {})[name] = arg.split("|")
    for flag, arg, desc in help_data["options"]:
        if arg:
            takes[flag] = arg
        # An option whose description names commands belongs to those, else to every command.
        mentioned = [n for n in names if re.search(rf"\b{n}\b", desc)]
        for name in mentioned or names:
            if flag not in per_command[name]:
                per_command[name].append(flag)
        m = re.search(r":\s*([a-z]+(?:, [a-z]+)* or [a-z]+)\b", desc)
        if m:
            values.setdefault(flag, {})[None] = re.split(r", | or ", m.group(1))
    return per_command, values, files, takes


# ---------------------------------------------------------------- man page

def roff_escape(text):
    out = []
    for ch in text:
        if ch == "\\":
            out.append("\\e")
        elif ch == "-":
            out.append("\\-")
        elif ord(ch) > 127:
            out.append(f"\\[u{ord(ch):04X}]")
        else:
            out.append(ch)
    line = "".join(out)
    return "\\&" + line if line.startswith((".", "'")) else line


def man_page(help_data, version, date):
    out = []
    w = out.append
    w(f'.TH ROUTESCOPE 1 "{date}" "RouteScope {version}" "User Commands"')
    w(".\\\" Generated from `routescope help` by packaging/helpgen.py; do not edit.")
    w(".SH NAME")
    w("routescope \\- incident viewer for Cloud Foundry Gorouter failures")
    w(".SH SYNOPSIS")
    w(".nf")
    for name, syntax, _ in help_data["commands"]:
        rest = syntax[len("routescope"):]
        if name:
            rest = rest.strip()[len(name):]
            w(f"\\fBroutescope {roff_escape(name)}\\fR{roff_escape(rest)}")
        else:
            w(f"\\fBroutescope\\fR{roff_escape(rest)}")
    for name, _ in EXTRA_COMMANDS:
        w(f"\\fBroutescope {name}\\fR")
    w(".fi")
    w(".SH DESCRIPTION")
    w("RouteScope answers the post\\-mortem questions of a Gorouter incident: which requests "
      "failed, when, through which router and to which backend, the error class and its likely "
      "source, the state of the route table at the time, and findings to paste into a report.")
    w(".PP")
    w("Without a command it opens the window, on PATH when given. With a command it runs "
      "without a window and prints text, JSON or CSV.")
    for note in help_data["notes"]:
        if note.strip() and not note.startswith("Exit status"):
            w(".PP")
            w(roff_escape(note))
    w(".SH COMMANDS")
    for name, syntax, desc in help_data["commands"]:
        w(".TP")
        w(f"\\fB{roff_escape(syntax)}\\fR")
        w(roff_escape(desc) if desc else "")
    for name, desc in EXTRA_COMMANDS:
        w(".TP")
        w(f"\\fBroutescope {name}\\fR")
        w(roff_escape(desc[0].upper() + desc[1:] + "."))
    w(".SH OPTIONS")
    for flag, arg, desc in help_data["options"]:
        w(".TP")
        w(f"\\fB{roff_escape(flag)}\\fR" + (f" \\fI{roff_escape(arg)}\\fR" if arg else ""))
        w(roff_escape(desc))
    # The filter grammar: headings, paragraphs, and indented blocks kept as they are laid out.
    filt = help_data["filter"]
    w(".SH " + roff_escape(re.sub(r"\s*\(.*\)$", "", filt[0]).upper()))
    paragraph = []
    block = []

    def flush():
        if paragraph:
            w(".PP")
            w(roff_escape(" ".join(paragraph)))
            paragraph.clear()
        if block:
            w(".PP")
            w(".RS 2")
            w(".nf")
            for line in block:
                w(roff_escape(line[2:] if line.startswith("  ") else line))
            w(".fi")
            w(".RE")
            block.clear()

    for line in filt[1:]:
        if not line.strip():
            flush()
        elif line.startswith(" "):
            if paragraph:
                flush()
            block.append(line)
        elif line.endswith(":"):
            flush()
            w(".SS " + roff_escape(re.sub(r"\s*\(.*\)", "", line[:-1])))
        else:
            if block:
                flush()
            paragraph.append(line)
    flush()
    for note in help_data["notes"]:
        if note.startswith("Exit status"):
            w(".SH EXIT STATUS")
            w(roff_escape(note.split(":", 1)[1].strip()))
    w(".SH FILES")
    w(".TP")
    w("\\fI~/.config/RouteScope/RouteScope.conf\\fR")
    w("The window's layout, language, theme and recent bundles.")
    w(".TP")
    w("\\fI~/.local/share/RouteScope/RouteScope/crashes/\\fR")
    w("Crash reports (version, build, command line without paths, backtrace); the window offers "
      "the newest at its next start. Nothing is sent anywhere.")
    w(".SH REPORTING BUGS")
    w("\\fBroutescope version\\fR prints the version, the commit it was built from and the "
      "versions of Qt, QCustomPlot, libarchive, ISA\\-L and simdjson in use; include it in bug "
      "reports.")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- bash

def bash_completion(help_data):
    per_command, values, files, takes = command_options(help_data)
    commands = list(per_command) + [n for n, _ in EXTRA_COMMANDS]
    out = []
    w = out.append
    w("# bash completion for routescope; generated from `routescope help` by packaging/helpgen.py.")
    w("_routescope()")
    w("{")
    w("    local cur prev words cword")
    w("    _init_completion || return")
    w("    local command='' i")
    w("    for ((i = 1; i < cword; i++)); do")
    w(f"        case \"${{words[i]}}\" in")
    w(f"        {'|'.join(commands)})")
    w("            command=\"${words[i]}\"")
    w("            break")
    w("            ;;")
    w("        esac")
    w("    done")
    w("    case \"$prev\" in")
    for flag in sorted(values):
        w(f"    {flag})")
        w("        case \"$command\" in")
        for name, words in sorted(values[flag].items(), key=lambda item: item[0] or "~"):
            w(f"        {name or '*'}) COMPREPLY=($(compgen -W '{' '.join(words)}' -- \"$cur\")) ;;")
        w("        esac")
        w("        return")
        w("        ;;")
    w("    --filter)")
    w(f"        COMPREPLY=($(compgen -W '{' '.join(help_data['fields'])}' -- \"$cur\"))")
    w("        return")
    w("        ;;")
    w("    -o | --output)")
    w("        case \"$command\" in")
    for name, exts in sorted(files.items()):
        w(f"        {name}) _filedir '@({'|'.join(exts)})' ;;")
    w("        *) _filedir ;;")
    w("        esac")
    w("        return")
    w("        ;;")
    rest = [f for f in sorted(takes) if f not in values and f not in ("--filter", "-o", "--output")]
    if rest:
        w(f"    {' | '.join(rest)})")
        w("        return")
        w("        ;;")
    w("    esac")
    w("    if [[ -z $command ]]; then")
    w("        if ((cword == 1)); then")
    w(f"            COMPREPLY=($(compgen -W '{' '.join(commands)} --version --help' -- \"$cur\"))")
    w("        fi")
    w("        [[ $cur == -* ]] || _filedir")
    w("        return")
    w("    fi")
    w("    if [[ $cur == -* ]]; then")
    w("        case \"$command\" in")
    for name, flags in per_command.items():
        w(f"        {name}) COMPREPLY=($(compgen -W '{' '.join(flags)} --' -- \"$cur\")) ;;")
    w("        esac")
    w("        return")
    w("    fi")
    w("    case \"$command\" in")
    w(f"    {'|'.join(n for n, _ in EXTRA_COMMANDS)}) ;;")
    w("    *) _filedir ;;")
    w("    esac")
    w("}")
    w("complete -F _routescope routescope")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- zsh

def zsh_text(text):
    """A description zsh's _arguments and _describe accept: no brackets, colons or quotes."""
    text = re.sub(r"\s*\(.*", "", text)
    text = re.sub(r"[\[\]:'\\]", "", text)
    return text.split(", for example")[0].strip()


def zsh_completion(help_data):
    per_command, values, files, takes = command_options(help_data)
    descriptions = {flag: desc for flag, _, desc in help_data["options"]}
    out = []
    w = out.append
    w("#compdef routescope")
    w("# zsh completion for routescope; generated from `routescope help` by packaging/helpgen.py.")
    w("")
    w("_routescope() {")
    w("  local -a commands")
    w("  commands=(")
    for name, _, desc in help_data["commands"]:
        if name:
            w(f"    '{name}:{zsh_text(desc)}'")
    for name, desc in EXTRA_COMMANDS:
        w(f"    '{name}:{zsh_text(desc)}'")
    w("  )")
    w("  if (( CURRENT == 2 )); then")
    w("    _describe -t commands 'routescope command' commands")
    w("    _files")
    w("    return")
    w("  fi")
    w("  case $words[2] in")
    for name, flags in per_command.items():
        specs = []
        for flag in flags:
            arg = takes.get(flag, "")
            label = arg if re.fullmatch(r"[A-Z]+", arg) else flag.lstrip("-")
            desc = f"[{zsh_text(descriptions[flag])}]" if flag in descriptions else ""
            words = values.get(flag, {}).get(name, values.get(flag, {}).get(None))
            if words:
                action = f":{label}:({' '.join(words)})"
            elif flag == "--filter":
                action = f":expression:({' '.join(help_data['fields'])})"
            elif flag in ("-o", "--output"):
                exts = files.get(name, [])
                action = ":file:_files"
                if exts:
                    action += " -g \"*.(" + "|".join(exts) + ")\""
            elif flag in takes:
                action = f":{label}:"
            else:
                action = ""
            specs.append(f"'{flag}{desc}{action}'")
        w(f"  {name})")
        w("    _arguments -s \\")
        for spec in specs:
            w(f"      {spec} \\")
        w("      '*:path:_files'")
        w("    ;;")
    w("  *)")
    w("    _files")
    w("    ;;")
    w("  esac")
    w("}")
    w("")
    w('_routescope "$@"')
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("binary")
    parser.add_argument("--version", required=True)
    parser.add_argument("--date", required=True)
    parser.add_argument("--man")
    parser.add_argument("--bash")
    parser.add_argument("--zsh")
    args = parser.parse_args()
    help_data = parse(run_help(args.binary))
    if args.man:
        # gzip -9n: no name or time in the header, so the package is reproducible.
        with open(args.man, "wb") as raw:
            with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
                gz.write(man_page(help_data, args.version, args.date).encode("ascii"))
    if args.bash:
        with open(args.bash, "w", encoding="utf-8") as f:
            f.write(bash_completion(help_data))
    if args.zsh:
        with open(args.zsh, "w", encoding="utf-8") as f:
            f.write(zsh_completion(help_data))


if __name__ == "__main__":
    main()
