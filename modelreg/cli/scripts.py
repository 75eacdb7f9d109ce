"""The completion scripts of bash, zsh and fish.

Each script asks ``modelreg`` for candidates (``_MODELREG_COMPLETE=SHELL``, see
modelreg.cli.complete) and hands them to the shell as data: nothing a catalog
holds is ever evaluated by the shell (no ``eval``, no unquoted expansion, no
globbing). The answer's first line is ``values`` (one candidate per line, for
zsh and fish ``value<TAB>description``) or ``files`` (the shell completes a path).

A TAB is the call made most often, so a script runs the answer (``ANSWER``) with the
interpreter the ``modelreg`` on PATH names on its ``#!`` line, found once per shell, and
skips the installer's wrapper around it (which imports ``re``: a third of a TAB). ``-P``
keeps the working directory off the module path, as the wrapper does. Any other
``modelreg`` (a shell wrapper, a long-path launcher, an interpreter gone since: a ``#!``
line that is not one absolute path to a ``python*``) is run as it is.
"""

from __future__ import annotations

SHELLS = ("bash", "zsh", "fish")
ANSWER = "from modelreg.cli.main import main; main()"  # what a script runs with -P -c

# How bash and zsh run the answer: with the interpreter _modelreg_find found, else modelreg.
_RUN = r"""_modelreg_run() {
    if [[ -n $_modelreg_python ]]; then
        "$_modelreg_python" -P -c '@ANSWER@' "$@"
    else
        modelreg "$@"
    fi
}
"""

_BASH = r"""# bash completion for modelreg (modelreg completion bash)
_modelreg_find() {  # the interpreter on modelreg's "#!" line: found once (a fork), again if gone
    [[ -n ${_modelreg_python+set} && ( -z $_modelreg_python || -x $_modelreg_python ) ]] && return
    local script line
    _modelreg_python=
    script=$(type -P modelreg) && IFS= read -r line <"$script" &&
        [[ $line == '#!/'*/python* && $line != *[[:space:]]* && -x ${line:2} ]] &&
        _modelreg_python=${line:2}
}
@RUN@_modelreg_complete() {
    local -a reply
    _modelreg_find
    mapfile -t reply < <(export _MODELREG_COMPLETE=bash _MODELREG_LINE="${COMP_LINE:0:COMP_POINT}" \
        _MODELREG_CUR="${COMP_WORDS[COMP_CWORD]}"; _modelreg_run 2>/dev/null)
    COMPREPLY=()
    if [[ ${reply[0]} == files ]]; then
        compopt -o filenames 2>/dev/null
        mapfile -t COMPREPLY < <(compgen -f -- "${COMP_WORDS[COMP_CWORD]}")
    elif [[ ${reply[0]} == values ]]; then
        COMPREPLY=("${reply[@]:1}")
    fi
}
complete -F _modelreg_complete modelreg
"""

_ZSH = r"""#compdef modelreg
# zsh completion for modelreg (modelreg completion zsh)
_modelreg_find() {  # the interpreter on modelreg's "#!" line: found once, again if gone
    [[ -x $_modelreg_python ]] && return
    local script line
    typeset -g _modelreg_python=
    script=${commands[modelreg]} && [[ -r $script ]] && IFS= read -r line <"$script" &&
        [[ $line == '#!/'*/python* && $line != *[[:space:]]* && -x ${line:2} ]] &&
        _modelreg_python=${line:2}
}
@RUN@_modelreg() {
    local -a reply values descs
    local line
    local answer
    _modelreg_find
    answer=$(export _MODELREG_COMPLETE=zsh; _modelreg_run "${(@Q)words[2,CURRENT]}" 2>/dev/null)
    reply=("${(@f)answer}")
    if [[ ${reply[1]} == files ]]; then
        _files
        return
    fi
    [[ ${reply[1]} == values ]] || return 1
    for line in "${(@)reply[2,-1]}"; do
        [[ -n $line ]] || continue
        if [[ $line == *$'\t'* ]]; then
            values+=("${line%%$'\t'*}")
            descs+=("${line%%$'\t'*}  -- ${line#*$'\t'}")
        else
            values+=("$line")
            descs+=("$line")
        fi
    done
    (( ${#values} )) && compadd -U -l -d descs -- "${values[@]}"
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
    _modelreg "$@"
else
    compdef _modelreg modelreg
fi
"""

_FISH = r"""# fish completion for modelreg (modelreg completion fish)
function __modelreg_complete
    if not test -x "$__modelreg_python"  # found once; again if gone, or none was
        set -g __modelreg_python ""
        set -l script (command -s modelreg)
        and read -l line <$script
        and string match -qr '^#!/\S*/python[^/\s]*$' -- $line
        and test -x (string sub -s 3 -- $line)
        and set -g __modelreg_python (string sub -s 3 -- $line)
    end
    set -l tokens (commandline -opc) (commandline -ct)
    set -lx _MODELREG_COMPLETE fish
    set -l reply
    if test -n "$__modelreg_python"
        set reply ($__modelreg_python -P -c '@ANSWER@' $tokens[2..-1] 2>/dev/null)
    else
        set reply (modelreg $tokens[2..-1] 2>/dev/null)
    end
    if test "$reply[1]" = files
        __fish_complete_path (commandline -ct)
    else if test "$reply[1]" = values
        printf '%s\n' $reply[2..-1]
    end
end
complete -c modelreg -f -a '(__modelreg_complete)'
"""

_SCRIPTS = {
    name: text.replace("@RUN@", _RUN).replace("@ANSWER@", ANSWER)
    for name, text in (("bash", _BASH), ("zsh", _ZSH), ("fish", _FISH))
}


def script(shell: str) -> str:
    """The completion script of a shell (one of SHELLS)."""
    return _SCRIPTS[shell]
