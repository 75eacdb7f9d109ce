# fish completion for modelreg (modelreg completion fish)
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
