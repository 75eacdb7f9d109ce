# bash completion for modelreg (modelreg completion bash)
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
