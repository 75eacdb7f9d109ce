"""The completion scripts of bash, zsh and fish.

Each script asks ``modelreg`` for candidates (``_MODELREG_COMPLETE=SHELL``, see
modelreg.cli.complete) and hands them to the shell as data: nothing a catalog
holds is ever evaluated by the shell (no ``eval``, no unquoted expansion, no
globbing). The answer's first line is ``values`` (one candidate per line, for
zsh and fish ``value<TAB>description``) or ``files`` (the shell completes a path).
"""

from __future__ import annotations

SHELLS = ("bash", "zsh", "fish")

_BASH = r"""# bash completion for modelreg (modelreg completion bash)
_modelreg_complete() {
    local -a reply
    mapfile -t reply < <(_MODELREG_COMPLETE=bash _MODELREG_LINE="${COMP_LINE:0:COMP_POINT}" \
        _MODELREG_CUR="${COMP_WORDS[COMP_CWORD]}" modelreg 2>/dev/null)
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
_modelreg() {
    local -a reply values descs
    local line
    reply=("${(@f)$(_MODELREG_COMPLETE=zsh modelreg "${(@Q)words[2,CURRENT]}" 2>/dev/null)}")
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
    set -l tokens (commandline -opc) (commandline -ct)
    set -l reply (env _MODELREG_COMPLETE=fish modelreg $tokens[2..-1] 2>/dev/null)
    if test "$reply[1]" = files
        __fish_complete_path (commandline -ct)
    else if test "$reply[1]" = values
        printf '%s\n' $reply[2..-1]
    end
end
complete -c modelreg -f -a '(__modelreg_complete)'
"""

_SCRIPTS = {"bash": _BASH, "zsh": _ZSH, "fish": _FISH}


def script(shell: str) -> str:
    """The completion script of a shell (one of SHELLS)."""
    return _SCRIPTS[shell]
