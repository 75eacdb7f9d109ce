# bash completion for modelreg (modelreg completion bash)
_modelreg_find() {  # the interpreter on modelreg's "#!" line: found once (a fork), again if gone
    [[ -n ${_modelreg_python+set} && ( -z $_modelreg_python || -x $_modelreg_python ) ]] && return
    local script line
    _modelreg_python=
    script=$(type -P modelreg) && IFS= read -r line <"$script" &&
        [[ $line == '#!/'*/python* && $line != *[[:space:]]* && -x ${line:2} ]] &&
        _modelreg_python=${line:2}
}
_modelreg_run() {
    if [[ -n $_modelreg_python ]]; then
        "$_modelreg_python" -P -c 'from modelreg.cli.main import main; main()' "$@"
    else
        modelreg "$@"
    fi
}
_modelreg_complete() {
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
