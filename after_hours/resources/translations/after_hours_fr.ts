<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name>AboutYouPage</name>
    <message>
        <source>About you</source>
        <translation>À propos de vous</translation>
    </message>
    <message>
        <source>Your name goes into the replies you send; the region chooses crisis lines.</source>
        <translation>Votre nom figure dans les réponses que vous envoyez; la région détermine les lignes de crise.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera, MSW</source>
        <translation>p. ex. Sam Rivera, T.S.</translation>
    </message>
    <message>
        <source>Time zone problem</source>
        <translation>Problème de fuseau horaire</translation>
    </message>
    <message>
        <source>Welcome. Three short steps, about two minutes: who you are, your working hours, and (if you like) your work mailbox. Everything stays on this computer, and every answer can be changed later in Settings.</source>
        <translation>Bienvenue. Trois courtes étapes, environ deux minutes : qui vous êtes, vos heures de travail et, si vous le souhaitez, votre boîte de courriel professionnelle. Tout reste sur cet ordinateur, et chaque réponse peut être modifiée plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>&amp;Region</source>
        <translation>&amp;Région</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Your hours are kept in this zone: 09:00 stays 09:00 across daylight-saving changes.</source>
        <translation>Vos heures sont gardées dans ce fuseau : 9 h reste 9 h lors des changements d&apos;heure.</translation>
    </message>
    <message>
        <source>“%s” is not a time zone: type a city and pick it from the list.</source>
        <translation>« %s » n&apos;est pas un fuseau horaire : tapez une ville et choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>Type your city and pick your time zone from the list to go on.</source>
        <translation>Tapez votre ville et choisissez votre fuseau horaire dans la liste pour continuer.</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Communication agreement</source>
        <translation>Entente de communication</translation>
    </message>
    <message>
        <source>Client pseudonym</source>
        <translation>Pseudonyme du client</translation>
    </message>
    <message>
        <source>Promised response time</source>
        <translation>Délai de réponse promis</translation>
    </message>
    <message>
        <source>not promised</source>
        <translation>non promis</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan en cas de crise</translation>
    </message>
    <message>
        <source>What the client does in a crisis outside your hours, in their words</source>
        <translation>Ce que la personne fait en situation de crise en dehors de vos heures, dans ses mots</translation>
    </message>
    <message>
        <source>Discussed on</source>
        <translation>Discutée le</translation>
    </message>
    <message>
        <source>Review every</source>
        <translation>Révision aux</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Client&apos;s language</source>
        <translation>Langue du client</translation>
    </message>
    <message>
        <source>Same as my replies</source>
        <translation>Comme mes réponses</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>Channels allowed</source>
        <translation>Moyens permis</translation>
    </message>
    <message>
        <source>&amp;Reply within</source>
        <translation>&amp;Réponse en moins de</translation>
    </message>
    <message>
        <source>Crisis &amp;plan</source>
        <translation>&amp;Plan en cas de crise</translation>
    </message>
    <message>
        <source>&amp;Discussed on</source>
        <translation>&amp;Discutée le</translation>
    </message>
    <message>
        <source>Re&amp;view every</source>
        <translation>Ré&amp;vision aux</translation>
    </message>
    <message>
        <source>Lan&amp;guage of replies and handout</source>
        <translation>Lan&amp;gue des réponses et de la feuille remise</translation>
    </message>
</context>
<context>
    <name>AppNotifications</name>
    <message>
        <source>Read notifications from the apps ticked below</source>
        <translation>Lire les notifications des applications cochées ci-dessous</translation>
    </message>
    <message>
        <source>App notifications on</source>
        <translation>Notifications d&apos;applications activées</translation>
    </message>
    <message>
        <source>Also log messages from senders who are not in the sender map, as unknown</source>
        <translation>Consigner aussi, comme inconnus, les messages d&apos;expéditeurs absents de la liste des expéditeurs</translation>
    </message>
    <message>
        <source>Log unknown senders</source>
        <translation>Consigner les expéditeurs inconnus</translation>
    </message>
    <message>
        <source>Read: the app&apos;s name, the sender and the text of each notification from the apps you tick. The text is checked for crisis language and then discarded; the list keeps app names and when they last sent a notification, nothing else.</source>
        <translation>Ce qui est lu : le nom de l&apos;application, l&apos;expéditeur et le texte de chaque notification des applications cochées. Le texte est vérifié pour le langage de crise, puis effacé; la liste garde le nom des applications et le moment de leur dernière notification, rien d&apos;autre.</translation>
    </message>
    <message>
        <source>Apps seen sending notifications</source>
        <translation>Applications vues envoyer des notifications</translation>
    </message>
    <message>
        <source>an app&apos;s name as it sends it, e.g. Signal</source>
        <translation>le nom d&apos;une application tel qu&apos;elle l&apos;envoie, p. ex. Signal</translation>
    </message>
    <message>
        <source>App to add</source>
        <translation>Application à ajouter</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>Ajouter l&apos;application</translation>
    </message>
    <message>
        <source>App notifications state</source>
        <translation>État des notifications d&apos;applications</translation>
    </message>
    <message>
        <source> (last seen %s)</source>
        <translation> (vue pour la dernière fois : %s)</translation>
    </message>
    <message>
        <source>Off.</source>
        <translation>Désactivé.</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>; last message %s</source>
        <translation>; dernier message : %s</translation>
    </message>
</context>
<context>
    <name>BackupsGroup</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup...</source>
        <translation>&amp;Restaurer la sauvegarde choisie...</translation>
    </message>
    <message>
        <source>A backup is made every day the app runs; the last 7 are kept.</source>
        <translation>Une sauvegarde est faite chaque jour où l&apos;application fonctionne; les 7 dernières sont gardées.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Backed up to %s.</source>
        <translation>Sauvegardé dans %s.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde?</translation>
    </message>
    <message>
        <source>Replace everything in the app with %s? What you have now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Remplacer tout le contenu de l&apos;application par %s? Ce que vous avez maintenant est d&apos;abord sauvegardé : vous pourrez revenir en arrière en restaurant cette sauvegarde.</translation>
    </message>
    <message>
        <source>Restored %s.</source>
        <translation>%s restaurée.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>CalendarGroup</name>
    <message>
        <source>Hours from my calendar</source>
        <translation>Heures tirées de mon calendrier</translation>
    </message>
    <message>
        <source>Calendar address</source>
        <translation>Adresse du calendrier</translation>
    </message>
    <message>
        <source>https://… or webcal://… (secret iCal address)</source>
        <translation>https://… ou webcal://… (adresse iCal secrète)</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>only for a self-hosted server with its own CA</source>
        <translation>seulement pour un serveur autohébergé avec sa propre autorité</translation>
    </message>
    <message>
        <source>Refresh every (hours)</source>
        <translation>Actualiser toutes les (heures)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Su&amp;bscribe</source>
        <translation>S&apos;a&amp;bonner</translation>
    </message>
    <message>
        <source>Refresh &amp;now</source>
        <translation>Actualiser &amp;maintenant</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe</source>
        <translation>Se &amp;désabonner</translation>
    </message>
    <message>
        <source>Calendar &amp;address</source>
        <translation>&amp;Adresse du calendrier</translation>
    </message>
    <message>
        <source>Refresh &amp;every</source>
        <translation>Actualiser &amp;toutes les</translation>
    </message>
    <message>
        <source>CA &amp;file (optional)</source>
        <translation>&amp;Fichier d&apos;autorité (facultatif)</translation>
    </message>
    <message>
        <source>Paste the secret iCal address (Google), the published ICS link (Outlook), a public iCloud or Nextcloud link. Anyone holding it reads your calendar: it is kept only in your system keyring.</source>
        <translation>Collez l&apos;adresse iCal secrète (Google), le lien ICS publié (Outlook), ou un lien public iCloud ou Nextcloud. Quiconque la possède peut lire votre calendrier : elle est gardée uniquement dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Paste your calendar&apos;s address first.</source>
        <translation>Collez d&apos;abord l&apos;adresse de votre calendrier.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>These hours replace the ones you have now, from this moment.</source>
        <translation>Ces heures remplacent les vôtres à partir de maintenant.</translation>
    </message>
    <message>
        <source>These become your hours.</source>
        <translation>Celles-ci deviennent vos heures.</translation>
    </message>
    <message>
        <source>Not subscribed.</source>
        <translation>Aucun abonnement.</translation>
    </message>
    <message>
        <source>Subscribed to %s</source>
        <translation>Abonné·e à %s</translation>
    </message>
    <message>
        <source>Last read %s.</source>
        <translation>Dernière lecture : %s.</translation>
    </message>
</context>
<context>
    <name>ChannelsGroup</name>
    <message>
        <source>Channels</source>
        <translation>Moyens de communication</translation>
    </message>
    <message>
        <source>Read texts your phone hands to KDE Connect</source>
        <translation>Lire les textos que votre téléphone transmet à KDE Connect</translation>
    </message>
    <message>
        <source>KDE Connect texts on</source>
        <translation>Textos KDE Connect activés</translation>
    </message>
    <message>
        <source>KDE Connect state</source>
        <translation>État de KDE Connect</translation>
    </message>
    <message>
        <source>&lt;b&gt;Work mailbox&lt;/b&gt;</source>
        <translation>&lt;b&gt;Boîte de courriel professionnelle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;App notifications (Signal, WhatsApp, ...)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notifications d&apos;applications (Signal, WhatsApp, ...)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Texts from your phone (KDE Connect)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Textos de votre téléphone (KDE Connect)&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Channels agreed</source>
        <translation>Moyens convenus</translation>
    </message>
    <message>
        <source>Reply within</source>
        <translation>Délai de réponse</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine révision</translation>
    </message>
    <message>
        <source>Off hours</source>
        <translation>Hors des heures</translation>
    </message>
    <message>
        <source>1 client.</source>
        <translation>1 client.</translation>
    </message>
    <message numerus="yes">
        <source>%n clients.</source>
        <translation>
            <numerusform>%n client.</numerusform>
            <numerusform>%n clients.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 agreement review is overdue.</source>
        <translation>1 révision d&apos;entente est en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement reviews are overdue.</source>
        <translation>
            <numerusform>%n révision d&apos;entente est en retard.</numerusform>
            <numerusform>%n révisions d&apos;entente sont en retard.</numerusform>
        </translation>
    </message>
    <message>
        <source>1 client contacts you off hours without an agreement: %1</source>
        <translation>1 client vous joint hors des heures sans entente : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n clients contact you off hours without an agreement: %1</source>
        <translation>
            <numerusform>%n client vous joint hors des heures sans entente : %1</numerusform>
            <numerusform>%n clients vous joignent hors des heures sans entente : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Review overdue by 1 day</source>
        <translation>Révision en retard de 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>Review overdue by %n days</source>
        <translation>
            <numerusform>Révision en retard de %n jour</numerusform>
            <numerusform>Révision en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No agreement, yet contact off hours</source>
        <translation>Sans entente, contacts hors des heures</translation>
    </message>
    <message>
        <source>No agreement yet</source>
        <translation>Aucune entente pour l&apos;instant</translation>
    </message>
    <message>
        <source>Review due soon</source>
        <translation>Révision bientôt due</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Entente en vigueur</translation>
    </message>
    <message>
        <source>Clients, those needing attention first</source>
        <translation>Clients, ceux qui demandent de l&apos;attention d&apos;abord</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Agreement...</source>
        <translation>&amp;Entente...</translation>
    </message>
    <message>
        <source>Set or edit the agreement</source>
        <translation>Établir ou modifier l&apos;entente</translation>
    </message>
    <message>
        <source>&amp;New client...</source>
        <translation>&amp;Nouveau client...</translation>
    </message>
    <message>
        <source>New agreement for a new client</source>
        <translation>Nouvelle entente pour un nouveau client</translation>
    </message>
    <message>
        <source>&amp;Remove agreement</source>
        <translation>&amp;Retirer l&apos;entente</translation>
    </message>
    <message>
        <source>Client &amp;handout (PDF)...</source>
        <translation>&amp;Feuille pour le client (PDF)...</translation>
    </message>
    <message>
        <source>Print the client handout to PDF</source>
        <translation>Imprimer la feuille pour le client en PDF</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Feuille enregistrée</translation>
    </message>
    <message>
        <source>Clients and agreements</source>
        <translation>Clients et ententes</translation>
    </message>
    <message>
        <source>Clients appear here once a contact or an agreement names them (pseudonyms only). A contact by a channel outside the agreement counts as a boundary event on the dashboard.</source>
        <translation>Les clients apparaissent ici dès qu&apos;un contact ou une entente les nomme (pseudonymes seulement). Un contact par un moyen hors de l&apos;entente compte comme un dépassement de limite au tableau de bord.</translation>
    </message>
    <message>
        <source>%d h</source>
        <translation>%d h</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the agreement?</source>
        <translation>Retirer l&apos;entente?</translation>
    </message>
    <message>
        <source>Remove the agreement with %s? Their contacts stay in the log.</source>
        <translation>Retirer l&apos;entente avec %s? Ses contacts restent dans le journal.</translation>
    </message>
    <message>
        <source>Save the client handout</source>
        <translation>Enregistrer la feuille pour le client</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The handout could not be saved: %s</source>
        <translation>La feuille n&apos;a pas pu être enregistrée : %s</translation>
    </message>
    <message>
        <source>Handout saved to %s</source>
        <translation>Feuille enregistrée dans %s</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>From the client</source>
        <translation>Du client</translation>
    </message>
    <message>
        <source>From me</source>
        <translation>De moi</translation>
    </message>
    <message>
        <source>Minutes spent</source>
        <translation>Minutes consacrées</translation>
    </message>
    <message>
        <source>usual for the channel</source>
        <translation>habituel pour ce moyen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Possible crisis</source>
        <translation>Crise possible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>no names or message text, please</source>
        <translation>pas de noms ni de texte de message, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Q&amp;uoi</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Sens</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>Mi&amp;nutes</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Client pseudonym</source>
        <translation>Pseudonyme du client</translation>
    </message>
    <message>
        <source>a pseudonym, e.g. J.D.</source>
        <translation>un pseudonyme, p. ex. J.D.</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Crisis language</source>
        <translation>Langage de crise</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The channel&apos;s default minutes (none were logged)</source>
        <translation>Les minutes par défaut du moyen (aucune n&apos;a été inscrite)</translation>
    </message>
    <message>
        <source>not a crisis (negated or a lone word): %s</source>
        <translation>pas une crise (nié ou mot isolé) : %s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>Entre deux dates</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Au (inclus)</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>Tous les moyens</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Only &amp;off hours</source>
        <translation>Seulement &amp;hors des heures</translation>
    </message>
    <message>
        <source>Only possible &amp;crises</source>
        <translation>Seulement les &amp;crises possibles</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Log a message... (Ctrl+L)</source>
        <translation>&amp;Consigner un message... (Ctrl+L)</translation>
    </message>
    <message>
        <source>Log a contact with the quick-log</source>
        <translation>Consigner un contact avec la saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Import or export CSV</source>
        <translation>Importer ou exporter en CSV</translation>
    </message>
    <message>
        <source>&amp;Import contacts from CSV...</source>
        <translation>&amp;Importer des contacts d&apos;un CSV...</translation>
    </message>
    <message>
        <source>E&amp;xport these contacts to CSV...</source>
        <translation>E&amp;xporter ces contacts en CSV...</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Showing</source>
        <translation>Affichés</translation>
    </message>
    <message>
        <source>Show &amp;all contacts</source>
        <translation>Afficher &amp;tous les contacts</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>Combien</translation>
    </message>
    <message>
        <source>* the channel&apos;s usual minutes (none were logged)</source>
        <translation>* les minutes habituelles du moyen (aucune n&apos;a été inscrite)</translation>
    </message>
    <message>
        <source>Any client</source>
        <translation>Tous les clients</translation>
    </message>
    <message>
        <source>The contacts behind: %s</source>
        <translation>Les contacts derrière : %s</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%d contacts</source>
        <translation>%d contacts</translation>
    </message>
    <message>
        <source>* minutes not logged: the channel&apos;s usual is counted</source>
        <translation>* minutes non inscrites : l&apos;habituel du moyen est compté</translation>
    </message>
    <message>
        <source>Done: %s.</source>
        <translation>Fait : %s.</translation>
    </message>
    <message>
        <source>%d contacts are selected; delete at most %d at a time.</source>
        <translation>%d contacts sont sélectionnés; supprimez-en au plus %d à la fois.</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>CSV or SMS Backup &amp; Restore (*.csv *.xml);;All files (*)</source>
        <translation>CSV ou SMS Backup &amp; Restore (*.csv *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported %d contacts from %s.</source>
        <translation>%d contacts importés de %s.</translation>
    </message>
    <message>
        <source>%d were already in the log.</source>
        <translation>%d étaient déjà dans le journal.</translation>
    </message>
    <message>
        <source>%d not from clients were skipped.</source>
        <translation>%d qui ne venaient pas de clients ont été ignorés.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as UTF-8 CSV.</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8; enregistrez-le en CSV UTF-8.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>%s was not imported; the log is unchanged.</source>
        <translation>%s n&apos;a pas été importé; le journal est inchangé.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %d contacts to %s.</source>
        <translation>%d contacts exportés dans %s.</translation>
    </message>
</context>
<context>
    <name>CrisisContent</name>
    <message>
        <source>After Hours surfaced these phrases from the words in the message; it does not assess risk.</source>
        <translation>After Hours a relevé ces expressions dans les mots du message; il n&apos;évalue pas le risque.</translation>
    </message>
    <message>
        <source>Your judgement and your agency&apos;s procedure come first.</source>
        <translation>Votre jugement et la procédure de votre établissement priment.</translation>
    </message>
    <message>
        <source>Crisis language: message from %1, %2 (%3)</source>
        <translation>Langage de crise : message de %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Crisis language: message, %2 (%3)</source>
        <translation>Langage de crise : message, %2 (%3)</translation>
    </message>
    <message>
        <source>Crisis language: call from %1, %2 (%3)</source>
        <translation>Langage de crise : appel de %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Crisis language: call, %2 (%3)</source>
        <translation>Langage de crise : appel, %2 (%3)</translation>
    </message>
    <message>
        <source>Worth a look: message from %1, %2 (%3)</source>
        <translation>À regarder : message de %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Worth a look: message, %2 (%3)</source>
        <translation>À regarder : message, %2 (%3)</translation>
    </message>
    <message>
        <source>Worth a look: call from %1, %2 (%3)</source>
        <translation>À regarder : appel de %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Worth a look: call, %2 (%3)</source>
        <translation>À regarder : appel, %2 (%3)</translation>
    </message>
    <message>
        <source>If a life is at risk now: call your local emergency number</source>
        <translation>Si une vie est en danger maintenant : appelez le numéro d&apos;urgence de votre région</translation>
    </message>
    <message>
        <source>If a life is at risk now: call %1</source>
        <translation>Si une vie est en danger maintenant : appelez le %1</translation>
    </message>
    <message>
        <source>%1, sender not known.</source>
        <translation>%1, expéditeur inconnu.</translation>
    </message>
    <message>
        <source>Check your records for who wrote and where they are.</source>
        <translation>Vérifiez dans vos dossiers qui a écrit et où se trouve la personne.</translation>
    </message>
    <message>
        <source>%1, by %2: have their address and phone number from your records ready before you call.</source>
        <translation>%1, par %2 : ayez sous la main son adresse et son numéro de téléphone, tirés de vos dossiers, avant d&apos;appeler.</translation>
    </message>
    <message>
        <source>Their crisis plan (from your agreement): %1</source>
        <translation>Son plan de crise (selon votre entente) : %1</translation>
    </message>
    <message>
        <source>crisis language</source>
        <translation>langage de crise</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>appelez le %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>textez le %1</translation>
    </message>
    <message>
        <source>chat %1</source>
        <translation>clavardage : %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>courriel : %1</translation>
    </message>
    <message>
        <source>your own entry</source>
        <translation>ajoutée par vous</translation>
    </message>
    <message>
        <source>not yet confirmed: %1</source>
        <translation>pas encore confirmé : %1</translation>
    </message>
    <message>
        <source>checked %1</source>
        <translation>vérifié le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between a line&apos;s details</comment>
        <translation> ; </translation>
    </message>
    <message>
        <source>Crisis scripts: your steps, the crisis lines and the replies</source>
        <translation>Scripts de crise : vos étapes, les lignes de crise et les réponses</translation>
    </message>
    <message>
        <source>Crisis scripts</source>
        <translation>Scripts de crise</translation>
    </message>
    <message>
        <source>Crisis language from %1</source>
        <translation>Langage de crise : %1</translation>
    </message>
    <message>
        <source>Worth a look: %1</source>
        <translation>À regarder : %1</translation>
    </message>
    <message>
        <source>Crisis language from a client</source>
        <translation>Langage de crise d&apos;un·e client·e</translation>
    </message>
    <message>
        <source>Worth a look: a client</source>
        <translation>À regarder : un·e client·e</translation>
    </message>
</context>
<context>
    <name>CrisisPanel</name>
    <message>
        <source>Crisis panel</source>
        <translation>Panneau de crise</translation>
    </message>
    <message>
        <source>Client details</source>
        <translation>Coordonnées du client</translation>
    </message>
    <message>
        <source>The message, with matched phrases marked</source>
        <translation>Le message, avec les expressions repérées en évidence</translation>
    </message>
    <message>
        <source>Matched phrases and why</source>
        <translation>Expressions repérées et pourquoi</translation>
    </message>
    <message>
        <source>Your steps</source>
        <translation>Vos étapes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %s</source>
        <translation>Copier %s</translation>
    </message>
    <message>
        <source>Copy &amp;reply</source>
        <translation>Copier la &amp;réponse</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Ce que j&apos;ai fait</translation>
    </message>
    <message>
        <source>What I did, e.g. sent the crisis reply; called on-call team</source>
        <translation>Ce que j&apos;ai fait, p. ex. envoyé la réponse de crise ; appelé l&apos;équipe de garde</translation>
    </message>
    <message>
        <source>&amp;Mark as handled</source>
        <translation>&amp;Marquer comme traité</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes de crise</translation>
    </message>
    <message>
        <source>Reply to the client</source>
        <translation>Réponse au client</translation>
    </message>
    <message>
        <source>“%1”: %2, said as not happening</source>
        <translation>« %1 » : %2, à la forme négative</translation>
    </message>
    <message>
        <source>“%1”: %2, weighed by the learned scorer (not a written rule)</source>
        <translation>« %1 » : %2, repéré par le modèle appris (pas une règle écrite)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Short reply for a text message (editable)</source>
        <translation>Réponse courte pour un texto (modifiable)</translation>
    </message>
    <message>
        <source>Full reply for email (editable)</source>
        <translation>Réponse complète pour un courriel (modifiable)</translation>
    </message>
    <message>
        <source>Text message (short)</source>
        <translation>Texto (courte)</translation>
    </message>
    <message>
        <source>Email (full)</source>
        <translation>Courriel (complète)</translation>
    </message>
    <message>
        <source>Copy the reply shown</source>
        <translation>Copier la réponse affichée</translation>
    </message>
    <message>
        <source>Length of the short reply</source>
        <translation>Longueur de la réponse courte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%d characters</source>
        <translation>%d caractères</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>This is a self-monitoring aid, not a diagnosis: counts of what you logged, compared with your own usual weeks and with thresholds you can change in Settings.</source>
        <translation>Ceci est un outil d&apos;autosurveillance, pas un diagnostic : le compte de ce que vous avez consigné, comparé à vos semaines habituelles et à des seuils que vous pouvez changer dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>DashboardPanel</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Nothing stands out this week.</source>
        <translation>Rien ne ressort cette semaine.</translation>
    </message>
    <message>
        <source>Latest self-check</source>
        <translation>Dernière autoévaluation</translation>
    </message>
    <message>
        <source>Take the &amp;self-check...</source>
        <translation>Faire l&apos;&amp;autoévaluation...</translation>
    </message>
    <message>
        <source>Take the self-check</source>
        <translation>Faire l&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Self-check &amp;history...</source>
        <translation>&amp;Historique des autoévaluations...</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>À propos de ces chiffres</translation>
    </message>
    <message>
        <source>This week against your usual</source>
        <translation>Cette semaine par rapport à votre habitude</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Les 12 dernières semaines</translation>
    </message>
    <message>
        <source>Self-check scores</source>
        <translation>Scores d&apos;autoévaluation</translation>
    </message>
    <message>
        <source>No self-check yet: %d questions about the last few weeks, about 3 minutes. Your answers stay on this computer.</source>
        <translation>Aucune autoévaluation pour l&apos;instant : %d questions sur les dernières semaines, environ 3 minutes. Vos réponses restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Self-check scores (0-100); the latest on %s.</source>
        <translation>Scores d&apos;autoévaluation (0 à 100); la plus récente le %s.</translation>
    </message>
    <message>
        <source>Self-check history</source>
        <translation>Historique des autoévaluations</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>Add an exception</source>
        <translation>Ajouter une exception</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Away (holiday, leave)</source>
        <translation>Absent·e (vacances, congé)</translation>
    </message>
    <message>
        <source>Working (extra day)</source>
        <translation>Au travail (journée supplémentaire)</translation>
    </message>
    <message>
        <source>On call (one-off shift)</source>
        <translation>De garde (quart ponctuel)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>e.g. Holidays</source>
        <translation>p. ex. Vacances</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Premier jour</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>La&amp;bel</source>
        <translation>&amp;Libellé</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Export for supervision</source>
        <translation>Exporter pour la supervision</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last month ({0})</source>
        <translation>Le mois dernier ({0})</translation>
    </message>
    <message>
        <source>Since the last supervision on {0} ({1})</source>
        <translation>Depuis la dernière supervision, le {0} ({1})</translation>
    </message>
    <message>
        <source>Since the last supervision (none recorded yet)</source>
        <translation>Depuis la dernière supervision (aucune inscrite)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF (charts, tables and discussion prompts)</source>
        <translation>PDF (graphiques, tableaux et pistes de discussion)</translation>
    </message>
    <message>
        <source>CSV (two files: contacts and weekly figures)</source>
        <translation>CSV (deux fichiers : contacts et chiffres hebdomadaires)</translation>
    </message>
    <message>
        <source>Markdown (plain text)</source>
        <translation>Markdown (texte brut)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>De-identified: Client A, B, ... (recommended)</source>
        <translation>Dépersonnalisé : Client A, B, ... (recommandé)</translation>
    </message>
    <message>
        <source>Show the pseudonyms I use</source>
        <translation>Afficher les pseudonymes que j&apos;utilise</translation>
    </message>
    <message>
        <source>Include notes (pseudonyms in them are replaced)</source>
        <translation>Inclure les notes (les pseudonymes y sont remplacés)</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Record today ({0}) as my last supervision</source>
        <translation>Inscrire aujourd&apos;hui ({0}) comme ma dernière supervision</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>The period ends before it starts: check the dates.</source>
        <translation>La période se termine avant de commencer : vérifiez les dates.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Saved: {0}</source>
        <translation>Enregistré : {0}</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Rapport enregistré</translation>
    </message>
    <message>
        <source>The report was saved to:
{0}</source>
        <translation>Le rapport a été enregistré dans :
{0}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Welcome to After Hours</source>
        <translation>Bienvenue dans After Hours</translation>
    </message>
    <message>
        <source>Use my calendar</source>
        <translation>Utiliser mon calendrier</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>After-hours contacts by weekday and hour</source>
        <translation>Contacts hors des heures par jour et par heure</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Your working hours</source>
        <translation>Vos heures de travail</translation>
    </message>
    <message>
        <source>Drag to add or resize; hatched windows are on call. Outside them you are off hours. Or import your calendar.</source>
        <translation>Glissez pour ajouter ou redimensionner; les plages hachurées sont de garde. En dehors, vous êtes hors des heures. Ou importez votre calendrier.</translation>
    </message>
    <message>
        <source>&amp;Import .ics or .toml...</source>
        <translation>&amp;Importer un .ics ou un .toml...</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Mon-Fri &amp;9-5</source>
        <translation>Lun-ven &amp;9 h-17 h</translation>
    </message>
    <message>
        <source>Use my &amp;calendar...</source>
        <translation>Utiliser mon &amp;calendrier...</translation>
    </message>
    <message>
        <source>Hours from your calendar, kept in sync with it.</source>
        <translation>Heures tirées de votre calendrier, tenues à jour avec lui.</translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation>Importer des heures</translation>
    </message>
    <message>
        <source>Imported %s (%d exceptions, zone %s).</source>
        <translation>%s importé (%d exceptions, fuseau %s).</translation>
    </message>
</context>
<context>
    <name>Indicators</name>
    <message>
        <source>after-hours contacts</source>
        <translation>contacts hors des heures</translation>
    </message>
    <message>
        <source>after-hours minutes</source>
        <translation>minutes hors des heures</translation>
    </message>
    <message>
        <source>share of contacts after hours (%)</source>
        <translation>part des contacts hors des heures (%)</translation>
    </message>
    <message>
        <source>evenings touched</source>
        <translation>soirées touchées</translation>
    </message>
    <message>
        <source>nights touched</source>
        <translation>nuits touchées</translation>
    </message>
    <message>
        <source>weekend days touched</source>
        <translation>jours de fin de semaine touchés</translation>
    </message>
    <message>
        <source>days since a disconnected day</source>
        <translation>jours depuis une journée déconnectée</translation>
    </message>
    <message>
        <source>longest run of days with after-hours contact</source>
        <translation>plus longue suite de jours avec des contacts hors des heures</translation>
    </message>
    <message>
        <source>quick after-hours replies</source>
        <translation>réponses rapides hors des heures</translation>
    </message>
    <message>
        <source>crisis contacts</source>
        <translation>contacts de crise</translation>
    </message>
    <message>
        <source>boundary events</source>
        <translation>dépassements de limite</translation>
    </message>
    <message>
        <source>on-call contacts</source>
        <translation>contacts de garde</translation>
    </message>
    <message>
        <source>on-call minutes</source>
        <translation>minutes de garde</translation>
    </message>
    <message>
        <source>all contacts</source>
        <translation>tous les contacts</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 de %2</translation>
    </message>
    <message>
        <source>Press %1 to choose</source>
        <translation>Appuyez sur %1 pour choisir</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the answer to: %1</source>
        <translation>Effacer la réponse à : %1</translation>
    </message>
</context>
<context>
    <name>KdeConnectDevices</name>
    <message>
        <source>Looking for KDE Connect…</source>
        <translation>Recherche de KDE Connect…</translation>
    </message>
    <message>
        <source>KDE Connect devices</source>
        <translation>Appareils KDE Connect</translation>
    </message>
    <message>
        <source>Look &amp;again</source>
        <translation>&amp;Chercher de nouveau</translation>
    </message>
    <message>
        <source>No daemon: KDE Connect (or GSConnect) is not running on this computer.</source>
        <translation>Aucun service : KDE Connect (ou GSConnect) ne fonctionne pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>KDE Connect is running, but no phone is paired with it.</source>
        <translation>KDE Connect fonctionne, mais aucun téléphone n&apos;y est jumelé.</translation>
    </message>
    <message>
        <source> (reachable)</source>
        <translation> (joignable)</translation>
    </message>
    <message>
        <source> (not reachable)</source>
        <translation> (non joignable)</translation>
    </message>
    <message>
        <source>Paired phones: %s.</source>
        <translation>Téléphones jumelés : %s.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Text message</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Voicemail</source>
        <translation>Message vocal</translation>
    </message>
    <message>
        <source>Messaging app</source>
        <translation>Application de messagerie</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Médias sociaux</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>Friend or follow request</source>
        <translation>Demande d&apos;amitié ou d&apos;abonnement</translation>
    </message>
    <message>
        <source>I looked the client up online</source>
        <translation>J&apos;ai fait une recherche en ligne sur le client</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Cadeau</translation>
    </message>
    <message>
        <source>Other boundary crossing</source>
        <translation>Autre franchissement des limites</translation>
    </message>
    <message>
        <source>in hours</source>
        <translation>pendant les heures</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>de garde</translation>
    </message>
    <message>
        <source>off hours</source>
        <translation>hors des heures</translation>
    </message>
    <message>
        <source>Schedules (*.toml *.ics);;TOML (*.toml);;iCalendar (*.ics)</source>
        <translation>Horaires (*.toml *.ics);;TOML (*.toml);;iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>LoadChartWidget</name>
    <message>
        <source>After-hours contacts by week</source>
        <translation>Contacts hors des heures par semaine</translation>
    </message>
</context>
<context>
    <name>MailBridge</name>
    <message>
        <source>Password for %1 at %2.</source>
        <translation>Mot de passe de %1 sur %2.</translation>
    </message>
    <message>
        <source>It is kept in your system keyring if you chose that, otherwise only until you quit.</source>
        <translation>Il est conservé dans le trousseau du système si vous l&apos;avez choisi, sinon seulement jusqu&apos;à ce que vous quittiez.</translation>
    </message>
    <message>
        <source>After Hours: mailbox password</source>
        <translation>After Hours : mot de passe de la boîte de courriel</translation>
    </message>
</context>
<context>
    <name>MailboxPage</name>
    <message>
        <source>Work mailbox (optional)</source>
        <translation>Boîte de courriel professionnelle (facultatif)</translation>
    </message>
    <message>
        <source>After Hours can watch a work mailbox: each client message is logged, crisis language opens the crisis panel, and off hours a reply that sets expectations is ready. Skip this with Next; Settings has it too.</source>
        <translation>After Hours peut surveiller une boîte de courriel professionnelle : chaque message d&apos;un client est consigné, un langage de crise ouvre le panneau de crise et, hors des heures, une réponse qui précise vos disponibilités est prête. Passez cette étape avec Suivant; elle se trouve aussi dans les Paramètres.</translation>
    </message>
</context>
<context>
    <name>MailboxSetup</name>
    <message>
        <source>e.g. imap.agency.example</source>
        <translation>p. ex. imap.organisme.exemple</translation>
    </message>
    <message>
        <source>Mail server</source>
        <translation>Serveur de courriel</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS (port 993)</source>
        <translation>TLS (port 993)</translation>
    </message>
    <message>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (port 143)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Folders to watch</source>
        <translation>Dossiers à surveiller</translation>
    </message>
    <message>
        <source>Separate several folders with commas</source>
        <translation>Séparez plusieurs dossiers par des virgules</translation>
    </message>
    <message>
        <source>optional: your agency&apos;s certificate authority</source>
        <translation>facultatif : l&apos;autorité de certification de votre organisme</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier d&apos;autorité de certification</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Keep the password in the system keyring</source>
        <translation>Garder le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Save &amp;mailbox</source>
        <translation>Enregistrer la &amp;boîte</translation>
    </message>
    <message>
        <source>&amp;Remove mailbox</source>
        <translation>&amp;Retirer la boîte</translation>
    </message>
    <message>
        <source>Mailbox state</source>
        <translation>État de la boîte de courriel</translation>
    </message>
    <message>
        <source>Connection check</source>
        <translation>Vérification de la connexion</translation>
    </message>
    <message>
        <source>Client addresses</source>
        <translation>Adresses des clients</translation>
    </message>
    <message>
        <source>client&apos;s address</source>
        <translation>adresse du client</translation>
    </message>
    <message>
        <source>Client&apos;s email address</source>
        <translation>Adresse courriel du client</translation>
    </message>
    <message>
        <source>pseudonym, e.g. J.D.</source>
        <translation>pseudonyme, p. ex. J.D.</translation>
    </message>
    <message>
        <source>Client&apos;s pseudonym</source>
        <translation>Pseudonyme du client</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Retirer la sélection</translation>
    </message>
    <message>
        <source>Mail &amp;server</source>
        <translation>&amp;Serveur de courriel</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sé&amp;curité</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>&amp;Folders</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>Fichier d&apos;autorité</translation>
    </message>
    <message>
        <source>Clients&apos; addresses (only their messages are read):</source>
        <translation>Adresses des clients (seuls leurs messages sont lus) :</translation>
    </message>
    <message>
        <source>Without it, the password is asked once each time After Hours starts.</source>
        <translation>Sinon, le mot de passe est demandé une fois à chaque démarrage d&apos;After Hours.</translation>
    </message>
    <message>
        <source>No secure system keyring here, so the password is never stored: After Hours asks for it once each time it starts.</source>
        <translation>Aucun trousseau sécurisé ici : le mot de passe n&apos;est jamais conservé, et After Hours le demande une fois à chaque démarrage.</translation>
    </message>
    <message>
        <source>No mailbox yet.</source>
        <translation>Aucune boîte de courriel pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%s at %s, watched while After Hours runs.</source>
        <translation>%s sur %s, surveillée pendant qu&apos;After Hours fonctionne.</translation>
    </message>
    <message>
        <source>watching</source>
        <translation>surveillance en cours</translation>
    </message>
    <message>
        <source>waiting to reconnect</source>
        <translation>en attente de reconnexion</translation>
    </message>
    <message>
        <source>not watched</source>
        <translation>non surveillée</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>%s at %s: %s.</source>
        <translation>%s sur %s : %s.</translation>
    </message>
    <message>
        <source>The CA file %s does not exist.</source>
        <translation>Le fichier d&apos;autorité %s n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Tapez d&apos;abord le mot de passe.</translation>
    </message>
    <message>
        <source>Connecting to %s…</source>
        <translation>Connexion à %s…</translation>
    </message>
    <message>
        <source> Nothing was saved.</source>
        <translation> Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Connected. %s Nothing was changed.</source>
        <translation>Connecté. %s Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The password is in the system keyring.</source>
        <translation>Le mot de passe est dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The password was not stored: it is asked once each time After Hours starts.</source>
        <translation>Le mot de passe n&apos;a pas été conservé : il est demandé une fois à chaque démarrage d&apos;After Hours.</translation>
    </message>
    <message>
        <source>Saved. %s %s</source>
        <translation>Enregistré. %s %s</translation>
    </message>
    <message>
        <source>Removed %s at %s and its stored password. The client addresses were kept.</source>
        <translation>%s sur %s et son mot de passe conservé ont été retirés. Les adresses des clients ont été gardées.</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>After Hours</source>
        <translation>After Hours</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>MinutesGroup</name>
    <message>
        <source>Minutes counted when none are logged</source>
        <translation>Minutes comptées quand aucune n&apos;est inscrite</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for %s</source>
        <translation>Minutes pour %s</translation>
    </message>
    <message>
        <source>Default: %s min</source>
        <translation>Par défaut : %s min</translation>
    </message>
</context>
<context>
    <name>OwnLineDialog</name>
    <message>
        <source>Add a crisis line of your own</source>
        <translation>Ajouter votre propre ligne de crise</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. Mobile crisis team</source>
        <translation>p. ex. Équipe mobile d&apos;intervention de crise</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à composer</translation>
    </message>
    <message>
        <source>Text option</source>
        <translation>Option texto</translation>
    </message>
    <message>
        <source>e.g. HELP to 12345 (optional)</source>
        <translation>p. ex. AIDE au 12345 (facultatif)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>N&amp;umber</source>
        <translation>N&amp;uméro</translation>
    </message>
    <message>
        <source>&amp;Text</source>
        <translation>&amp;Texto</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>OwnLines</name>
    <message>
        <source>Your own crisis lines</source>
        <translation>Vos propres lignes de crise</translation>
    </message>
    <message>
        <source>Add &amp;line...</source>
        <translation>Ajouter une &amp;ligne...</translation>
    </message>
    <message>
        <source>Remove l&amp;ine</source>
        <translation>Retirer la l&amp;igne</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>textez le %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>None yet: the crisis lines of your region are shown. Add a mobile crisis team or your nearest emergency department here.</source>
        <translation>Aucune pour l&apos;instant : les lignes de crise de votre région sont affichées. Ajoutez ici une équipe mobile d&apos;intervention ou l&apos;urgence la plus proche.</translation>
    </message>
</context>
<context>
    <name>PhoneHistoryGroup</name>
    <message>
        <source>Phone history</source>
        <translation>Historique du téléphone</translation>
    </message>
    <message>
        <source>Import a phone&apos;s messages and calls (Android “SMS Backup &amp; Restore” .xml) or a CSV. Only clients in your sender map are imported; message texts are checked for crisis language and then discarded.</source>
        <translation>Importez les messages et les appels d&apos;un téléphone (fichier .xml d&apos;Android « SMS Backup &amp; Restore ») ou un CSV. Seuls les clients de votre liste d&apos;expéditeurs sont importés; le texte des messages est vérifié pour le langage de crise, puis effacé.</translation>
    </message>
    <message>
        <source>Import a backup or CSV…</source>
        <translation>Importer une sauvegarde ou un CSV…</translation>
    </message>
    <message>
        <source>Import phone history</source>
        <translation>Importer l&apos;historique du téléphone</translation>
    </message>
    <message>
        <source>SMS Backup &amp; Restore or CSV (*.xml *.csv);;All files (*)</source>
        <translation>SMS Backup &amp; Restore ou CSV (*.xml *.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Consigner un contact</translation>
    </message>
    <message>
        <source>Message text (optional)</source>
        <translation>Texte du message (facultatif)</translation>
    </message>
    <message>
        <source>Paste the message to check it for crisis language. It is not stored: only matched phrases are kept.</source>
        <translation>Collez le message pour y chercher un langage de crise. Il n&apos;est pas conservé : seules les expressions repérées sont gardées.</translation>
    </message>
    <message>
        <source>Minutes spent (optional)</source>
        <translation>Minutes consacrées (facultatif)</translation>
    </message>
    <message>
        <source>usual for the channel</source>
        <translation>habituel pour ce moyen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Day of the week</source>
        <translation>Jour de la semaine</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <source>%s is in the future: check the date and time.</source>
        <translation>%s est dans le futur : vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <source>C&amp;lient</source>
        <translation>C&amp;lient</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>Q&amp;uoi</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>Mi&amp;nutes</translation>
    </message>
    <message>
        <source>W&amp;hen</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter starts a new line · Esc cancels</source>
        <translation>Entrée enregistre · Maj+Entrée ajoute une ligne · Échap annule</translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <source>Show this contact</source>
        <translation>Afficher ce contact</translation>
    </message>
    <message>
        <source>Show these %d contacts</source>
        <translation>Afficher ces %d contacts</translation>
    </message>
    <message>
        <source>Show the contacts behind: %s</source>
        <translation>Afficher les contacts derrière : %s</translation>
    </message>
</context>
<context>
    <name>RegionCombo</name>
    <message>
        <source>Region for crisis lines</source>
        <translation>Région des lignes de crise</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Israël</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting</source>
        <translation>
            <numerusform>%n autre en attente</numerusform>
            <numerusform>%n autres en attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderSettingsBox</name>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Show reminders</source>
        <translation>Afficher les rappels</translation>
    </message>
    <message>
        <source>Supervision dates</source>
        <translation>Dates de supervision</translation>
    </message>
    <message>
        <source>Supervision date and time</source>
        <translation>Date et heure de la supervision</translation>
    </message>
    <message>
        <source>&amp;Add date</source>
        <translation>&amp;Ajouter une date</translation>
    </message>
    <message>
        <source>Remove date</source>
        <translation>Retirer la date</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Save reminder settings</source>
        <translation>Enregistrer les paramètres des rappels</translation>
    </message>
    <message>
        <source>Minutes before my hours end</source>
        <translation>Minutes avant la fin de mes heures</translation>
    </message>
    <message>
        <source>Minutes before my hours start</source>
        <translation>Minutes avant le début de mes heures</translation>
    </message>
    <message>
        <source>Minutes before time off</source>
        <translation>Minutes avant un congé</translation>
    </message>
    <message>
        <source>Wind-down reminder at</source>
        <translation>Rappel de fin de journée à</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Saved. Reminders follow the new settings from now.</source>
        <translation>Enregistré. Les rappels suivent les nouveaux paramètres dès maintenant.</translation>
    </message>
</context>
<context>
    <name>ReminderTraySection</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Snooze 10 min</source>
        <translation>Rappeler dans 10 min</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Rappeler dans 1 h</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>Start self-check</source>
        <translation>Commencer l&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Open agreements</source>
        <translation>Ouvrir les ententes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>RemindersSettings</name>
    <message>
        <source>Before my hours end (set the auto-reply)</source>
        <translation>Avant la fin de mes heures (activer la réponse automatique)</translation>
    </message>
    <message>
        <source>Before my hours start</source>
        <translation>Avant le début de mes heures</translation>
    </message>
    <message>
        <source>Before a weekend or holiday (tell clients who to call)</source>
        <translation>Avant une fin de semaine ou un congé (dire aux client·es qui appeler)</translation>
    </message>
    <message>
        <source>Before supervision (export the period)</source>
        <translation>Avant la supervision (exporter la période)</translation>
    </message>
    <message>
        <source>Monthly self-check</source>
        <translation>Autoévaluation mensuelle</translation>
    </message>
    <message>
        <source>Agreement reviews due</source>
        <translation>Révisions d&apos;entente dues</translation>
    </message>
    <message>
        <source>Wind down after an evening with after-hours contact</source>
        <translation>Décompresser après une soirée avec des contacts hors des heures</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Toutes les 2 semaines</translation>
    </message>
    <message>
        <source>Every 4 weeks</source>
        <translation>Toutes les 4 semaines</translation>
    </message>
    <message>
        <source>Monthly, on the first %1</source>
        <translation>Chaque mois, le premier %1</translation>
    </message>
    <message>
        <source>Monthly, on the second %1</source>
        <translation>Chaque mois, le deuxième %1</translation>
    </message>
    <message>
        <source>Monthly, on the third %1</source>
        <translation>Chaque mois, le troisième %1</translation>
    </message>
    <message>
        <source>Monthly, on the fourth %1</source>
        <translation>Chaque mois, le quatrième %1</translation>
    </message>
    <message>
        <source>Monthly, on the last %1</source>
        <translation>Chaque mois, le dernier %1</translation>
    </message>
</context>
<context>
    <name>ReplyDialog</name>
    <message>
        <source>Reply (editable)</source>
        <translation>Réponse (modifiable)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied: paste it into your reply.</source>
        <translation>Copié : collez-le dans votre réponse.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export for supervision...</source>
        <translation>Exporter pour la supervision...</translation>
    </message>
    <message>
        <source>A PDF, CSV or Markdown summary of a period; clients de-identified by default</source>
        <translation>Un résumé d&apos;une période en PDF, CSV ou Markdown; clients dépersonnalisés par défaut</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>This week against your usual</source>
        <translation>Cette semaine par rapport à votre habitude</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Your usual (median of 8 weeks)</source>
        <translation>Votre habitude (médiane de 8 semaines)</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Les 12 dernières semaines</translation>
    </message>
    <message>
        <source>These figures describe your own load from what you logged; they are not a diagnosis. Export for supervision makes a PDF, CSV or Markdown summary of any period.</source>
        <translation>Ces chiffres décrivent votre propre charge d&apos;après ce que vous avez consigné; ce n&apos;est pas un diagnostic. Exporter pour la supervision produit un résumé de n&apos;importe quelle période en PDF, CSV ou Markdown.</translation>
    </message>
    <message>
        <source>Nothing stands out this week.</source>
        <translation>Rien ne ressort cette semaine.</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>away</source>
        <translation>absent·e</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>de garde</translation>
    </message>
    <message>
        <source>working</source>
        <translation>au travail</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Heures hebdomadaires</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Add &amp;exception...</source>
        <translation>Ajouter une &amp;exception...</translation>
    </message>
    <message>
        <source>Remo&amp;ve exception</source>
        <translation>Reti&amp;rer l&apos;exception</translation>
    </message>
    <message>
        <source>&amp;Save hours</source>
        <translation>&amp;Enregistrer les heures</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importer...</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xporter...</translation>
    </message>
    <message>
        <source>Drag on the grid to add a window, drag its edge to resize, right-click to switch or delete. The list under the grid does the same by keyboard.</source>
        <translation>Glissez sur la grille pour ajouter une plage, glissez son bord pour la redimensionner, clic droit pour changer de type ou supprimer. La liste sous la grille fait la même chose au clavier.</translation>
    </message>
    <message>
        <source>Exceptions: holidays, leave, extra days</source>
        <translation>Exceptions : vacances, congés, journées supplémentaires</translation>
    </message>
    <message>
        <source>Unsaved changes: Save hours to keep them.</source>
        <translation>Modifications non enregistrées : enregistrez les heures pour les garder.</translation>
    </message>
    <message>
        <source>&amp;Save hours *</source>
        <translation>&amp;Enregistrer les heures *</translation>
    </message>
    <message>
        <source>No hours saved yet.</source>
        <translation>Aucune heure enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Showing the hours in force now.</source>
        <translation>Les heures en vigueur maintenant sont affichées.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Choose a time zone from the list first.</source>
        <translation>Choisissez d&apos;abord un fuseau horaire dans la liste.</translation>
    </message>
    <message>
        <source>Saved. New contacts are judged by these hours.</source>
        <translation>Enregistré. Les nouveaux contacts sont évalués selon ces heures.</translation>
    </message>
    <message>
        <source>Import hours</source>
        <translation>Importer des heures</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Imported %s: check it, then Save.</source>
        <translation>%s importé : vérifiez, puis enregistrez.</translation>
    </message>
    <message>
        <source>Export hours</source>
        <translation>Exporter les heures</translation>
    </message>
    <message>
        <source>Wrote %s.</source>
        <translation>%s écrit.</translation>
    </message>
</context>
<context>
    <name>SelfCheckDialog</name>
    <message>
        <source>Burnout self-check</source>
        <translation>Autoévaluation de l&apos;épuisement</translation>
    </message>
    <message>
        <source>%1 questions from the %2, about 3 minutes. Think of the last few weeks. Skip any question you prefer not to answer: a scale is scored when at least half of its questions are answered. Your answers stay on this computer.</source>
        <translation>%1 questions tirées du %2, environ 3 minutes. Pensez aux dernières semaines. Passez toute question à laquelle vous préférez ne pas répondre : une échelle est calculée quand au moins la moitié de ses questions ont une réponse. Vos réponses restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Keyboard: press 1-5 to answer; that moves on to the next question by itself. Arrows move between options, Delete clears, Tab skips a question.</source>
        <translation>Clavier : appuyez sur 1 à 5 pour répondre; cela passe tout seul à la question suivante. Les flèches se déplacent entre les choix, Suppr efface, Tab saute une question.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the self-check</source>
        <translation>Enregistrer l&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 answered.</source>
        <translation>%1 sur %2 répondues.</translation>
    </message>
    <message>
        <source>Not enough answers yet to score: %1.</source>
        <translation>Pas encore assez de réponses pour calculer : %1.</translation>
    </message>
    <message>
        <source>Answer at least half the questions of one part to save.</source>
        <translation>Répondez à au moins la moitié des questions d&apos;une partie pour enregistrer.</translation>
    </message>
</context>
<context>
    <name>SelfCheckHistory</name>
    <message>
        <source>Self-check history</source>
        <translation>Historique des autoévaluations</translation>
    </message>
    <message>
        <source>Past self-checks</source>
        <translation>Autoévaluations passées</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scores 0-100. Bands are a convention (50 to under 75 moderate, 75 or more high, as used by the UK GMC); the authors set no cut-offs. Not a diagnosis.</source>
        <translation>Scores de 0 à 100. Les tranches sont une convention (de 50 à moins de 75 : modéré; 75 ou plus : élevé, comme au GMC britannique); les auteurs n&apos;ont fixé aucun seuil. Ce n&apos;est pas un diagnostic.</translation>
    </message>
    <message>
        <source>under 50</source>
        <translation>moins de 50</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>modéré</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non calculé</translation>
    </message>
</context>
<context>
    <name>SelfCheckResults</name>
    <message>
        <source>Self-check results</source>
        <translation>Résultats de l&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Not scored: fewer than half of its questions were answered.</source>
        <translation>Non calculé : moins de la moitié de ses questions ont une réponse.</translation>
    </message>
    <message>
        <source>Under 50</source>
        <translation>Moins de 50</translation>
    </message>
    <message>
        <source>Moderate (50 to under 75)</source>
        <translation>Modéré (de 50 à moins de 75)</translation>
    </message>
    <message>
        <source>High (75 or more)</source>
        <translation>Élevé (75 ou plus)</translation>
    </message>
    <message>
        <source>Some of this sounds heavy. It may help to talk it over with your supervisor or someone you trust, and to look at your after-hours load with them.</source>
        <translation>Certains résultats semblent lourds. Il pourrait être utile d&apos;en parler avec votre superviseur·e ou une personne de confiance, et de regarder avec elle votre charge hors des heures.</translation>
    </message>
    <message>
        <source>Worth keeping an eye on: compare it with your next self-check and with your weekly after-hours figures.</source>
        <translation>À surveiller : comparez avec votre prochaine autoévaluation et avec vos chiffres hebdomadaires hors des heures.</translation>
    </message>
    <message>
        <source>Thank you for checking in. Doing this about once a month shows the trend.</source>
        <translation>Merci d&apos;avoir pris ce moment. Le faire environ une fois par mois montre la tendance.</translation>
    </message>
    <message>
        <source>Your self-check is saved</source>
        <translation>Votre autoévaluation est enregistrée</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 sur %2 répondues</translation>
    </message>
    <message>
        <source>Scores run from 0 to 100. The bands are a convention (50 to under 75 moderate, 75 or more high, as used by the UK General Medical Council); the inventory&apos;s authors set no cut-offs. This is a self-monitoring aid, not a diagnosis.</source>
        <translation>Les scores vont de 0 à 100. Les tranches sont une convention (de 50 à moins de 75 : modéré; 75 ou plus : élevé, comme au General Medical Council britannique); les auteurs de l&apos;inventaire n&apos;ont fixé aucun seuil. C&apos;est un outil d&apos;autosurveillance, pas un diagnostic.</translation>
    </message>
</context>
<context>
    <name>SettingsGroups</name>
    <message>
        <source>Weeks in your usual (median of)</source>
        <translation>Semaines dans votre habitude (médiane de)</translation>
    </message>
    <message>
        <source>Elevated reasons that make a week high</source>
        <translation>Raisons accrues qui rendent une semaine élevée</translation>
    </message>
    <message>
        <source>Contacts before the share counts</source>
        <translation>Contacts avant que la part compte</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Start After Hours when I log in</source>
        <translation>Démarrer After Hours à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Takes effect the next time After Hours starts</source>
        <translation>Prend effet au prochain démarrage d&apos;After Hours</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Comme l&apos;interface</translation>
    </message>
    <message>
        <source>Language of replies to clients</source>
        <translation>Langue des réponses aux clients</translation>
    </message>
    <message>
        <source>A client&apos;s agreement can name another language for that client</source>
        <translation>L&apos;entente d&apos;un client peut indiquer une autre langue pour ce client</translation>
    </message>
    <message>
        <source>Your agency&apos;s on-call procedure</source>
        <translation>La procédure de garde de votre organisme</translation>
    </message>
    <message>
        <source>e.g. call the on-call supervisor at 555-0100</source>
        <translation>p. ex. appeler la personne de garde au 555-0100</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Your &amp;name (used in replies)</source>
        <translation>Votre &amp;nom (utilisé dans les réponses)</translation>
    </message>
    <message>
        <source>&amp;Region (crisis lines)</source>
        <translation>&amp;Région (lignes de crise)</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Replies to clients &amp;in</source>
        <translation>Réponses aux clients &amp;en</translation>
    </message>
    <message>
        <source>Agency &amp;on-call procedure</source>
        <translation>Procédure de &amp;garde de l&apos;organisme</translation>
    </message>
    <message>
        <source>Your own crisis lines
(shown first)</source>
        <translation>Vos propres lignes de crise
(affichées en premier)</translation>
    </message>
    <message>
        <source>Every change here is saved as you make it.</source>
        <translation>Chaque changement ici est enregistré dès que vous le faites.</translation>
    </message>
    <message>
        <source>“%s” is not a time zone: pick one from the list. Nothing else changed.</source>
        <translation>« %s » n&apos;est pas un fuseau horaire : choisissez-en un dans la liste. Rien d&apos;autre n&apos;a changé.</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>on-call procedure</source>
        <translation>procédure de garde</translation>
    </message>
    <message>
        <source>interface language (from the next start)</source>
        <translation>langue de l&apos;interface (au prochain démarrage)</translation>
    </message>
    <message>
        <source>language of replies</source>
        <translation>langue des réponses</translation>
    </message>
    <message>
        <source>Saved: %s.</source>
        <translation>Enregistré : %s.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Your data stays on this computer, in %s (backups in its backups folder).</source>
        <translation>Vos données restent sur cet ordinateur, dans %s (sauvegardes dans son dossier backups).</translation>
    </message>
    <message>
        <source>Backed up to %s.</source>
        <translation>Sauvegardé dans %s.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>La sauvegarde quotidienne n&apos;a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>After Hours is still running</source>
        <translation>After Hours fonctionne toujours</translation>
    </message>
    <message>
        <source>It keeps watching your hours from the tray. Open it from the tray icon; to stop it, choose Quit from the tray menu.</source>
        <translation>Il continue de suivre vos heures depuis la zone de notification. Ouvrez-le par son icône; pour l&apos;arrêter, choisissez Quitter dans son menu.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so After Hours stays a normal window: closing it quits, and notifications appear here as banners.</source>
        <translation>Ce bureau n&apos;a pas de zone de notification : After Hours reste une fenêtre ordinaire. La fermer quitte l&apos;application, et les avis apparaissent ici sous forme de bandeaux.</translation>
    </message>
    <message>
        <source>a client</source>
        <translation>un·e client·e</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact consigné</translation>
    </message>
    <message>
        <source>Saved: %s, %s.</source>
        <translation>Enregistré : %s, %s.</translation>
    </message>
    <message>
        <source>Friend request from %s logged</source>
        <translation>Demande d&apos;amitié de %s consignée</translation>
    </message>
    <message>
        <source>Off-hours message from %s logged</source>
        <translation>Message hors des heures de %s consigné</translation>
    </message>
    <message>
        <source>A reply that sets expectations is ready to copy.</source>
        <translation>Une réponse qui précise vos disponibilités est prête à copier.</translation>
    </message>
    <message>
        <source>Show the reply</source>
        <translation>Afficher la réponse</translation>
    </message>
    <message>
        <source>an unknown sender</source>
        <translation>un expéditeur inconnu</translation>
    </message>
    <message>
        <source>Email from %s, off hours</source>
        <translation>Courriel de %s, hors des heures</translation>
    </message>
    <message>
        <source>Logged. </source>
        <translation>Consigné. </translation>
    </message>
    <message>
        <source>Cannot use the profile folder %1: %2</source>
        <translation>Impossible d&apos;utiliser le dossier du profil %1 : %2</translation>
    </message>
    <message>
        <source>Message from %1 on %2, off hours</source>
        <translation>Message de %1 par %2, hors des heures</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Worth a look: it mentions %1.</source>
        <translation>À regarder : le message mentionne %1.</translation>
    </message>
    <message>
        <source>The mailbox is not being watched: %s</source>
        <translation>La boîte de courriel n&apos;est pas surveillée : %s</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ShellReminders</name>
    <message>
        <source>Next reminders</source>
        <translation>Prochains rappels</translation>
    </message>
</context>
<context>
    <name>StepItem</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1 : %2</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Details of step %d</source>
        <translation>Détails de l&apos;étape %d</translation>
    </message>
    <message>
        <source>Step %d in full</source>
        <translation>Étape %d au complet</translation>
    </message>
</context>
<context>
    <name>ThresholdsGroup</name>
    <message>
        <source>Risk level thresholds</source>
        <translation>Seuils du niveau de risque</translation>
    </message>
    <message>
        <source>&lt;b&gt;A week with at least...&lt;/b&gt;</source>
        <translation>&lt;b&gt;Une semaine avec au moins...&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;elevated&lt;/b&gt;</source>
        <translation>&lt;b&gt;accru&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;high&lt;/b&gt;</source>
        <translation>&lt;b&gt;élevé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;default&lt;/b&gt;</source>
        <translation>&lt;b&gt;par défaut&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1: elevated</source>
        <translation>%1 : accru</translation>
    </message>
    <message>
        <source>%1: high</source>
        <translation>%1 : élevé</translation>
    </message>
    <message>
        <source>Times your usual that counts as elevated</source>
        <translation>Nombre de fois votre habitude qui compte comme accru</translation>
    </message>
    <message>
        <source>Reset &amp;thresholds to the defaults</source>
        <translation>Rétablir les &amp;seuils par défaut</translation>
    </message>
    <message>
        <source>These are starting points, not validated cut-offs: no study gives a number of after-hours contacts that means burnout. Tune them to your own work.</source>
        <translation>Ce sont des points de départ, pas des seuils validés : aucune étude ne donne un nombre de contacts hors des heures qui signifie l&apos;épuisement. Ajustez-les à votre travail.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>After-hours contacts</source>
        <translation>Contacts hors des heures</translation>
    </message>
    <message>
        <source>After-hours minutes</source>
        <translation>Minutes hors des heures</translation>
    </message>
    <message>
        <source>Evenings touched</source>
        <translation>Soirées touchées</translation>
    </message>
    <message>
        <source>Nights touched (22:00-06:00)</source>
        <translation>Nuits touchées (22 h-6 h)</translation>
    </message>
    <message>
        <source>Weekend days touched</source>
        <translation>Jours de fin de semaine touchés</translation>
    </message>
    <message>
        <source>Days since a disconnected day</source>
        <translation>Jours depuis une journée déconnectée</translation>
    </message>
    <message>
        <source>Crisis contacts</source>
        <translation>Contacts de crise</translation>
    </message>
    <message>
        <source>Boundary events</source>
        <translation>Dépassements de limite</translation>
    </message>
    <message>
        <source>your usual: %s</source>
        <translation>votre habitude : %s</translation>
    </message>
    <message>
        <source>usual not known yet</source>
        <translation>habitude pas encore connue</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>elevated</source>
        <translation>accru</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>State icon</source>
        <translation>Icône d&apos;état</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation>&amp;Reprendre la surveillance</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Boîte de courriel</translation>
    </message>
    <message>
        <source>This week&apos;s hours</source>
        <translation>Les heures de cette semaine</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Open the &amp;crisis panel</source>
        <translation>Ouvrir le panneau de &amp;crise</translation>
    </message>
    <message>
        <source>Calendar subscription</source>
        <translation>Abonnement au calendrier</translation>
    </message>
    <message>
        <source>&amp;Log a contact... (Ctrl+L)</source>
        <translation>&amp;Consigner un contact... (Ctrl+L)</translation>
    </message>
    <message>
        <source>Crisis &amp;scripts... (Ctrl+K)</source>
        <translation>&amp;Scripts de crise... (Ctrl+K)</translation>
    </message>
    <message>
        <source>Crisis scripts: steps, lines, replies</source>
        <translation>Scripts de crise : étapes, lignes, réponses</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Mailbox: %s</source>
        <translation>Boîte de courriel : %s</translation>
    </message>
    <message>
        <source>Possible crisis not yet marked as handled: %s, %s</source>
        <translation>Crise possible pas encore marquée comme traitée : %s, %s</translation>
    </message>
    <message>
        <source>no client named</source>
        <translation>aucun client nommé</translation>
    </message>
    <message>
        <source>No weekly hours yet: set them on the Schedule page, or import an .ics.</source>
        <translation>Aucune heure hebdomadaire pour l&apos;instant : réglez-les à la page Horaire, ou importez un .ics.</translation>
    </message>
    <message>
        <source>Agreement review overdue: %s</source>
        <translation>Révision d&apos;entente en retard : %s</translation>
    </message>
    <message>
        <source>Off-hours contact in the last %d days but no agreement: %s</source>
        <translation>Contact hors des heures dans les %d derniers jours, mais aucune entente : %s</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Next change: %s.</source>
        <translation>Prochain changement : %s.</translation>
    </message>
    <message>
        <source>Your hours are kept in %s time.</source>
        <translation>Vos heures sont gardées à l&apos;heure de %s.</translation>
    </message>
    <message>
        <source>. The last good hours are kept.</source>
        <translation>. Les dernières heures valides sont gardées.</translation>
    </message>
    <message>
        <source>: reminders and mail alerts stay quiet. Contacts you log still count.</source>
        <translation> : les rappels et les alertes de courriel restent silencieux. Les contacts consignés comptent quand même.</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>Rien en attente.</translation>
    </message>
    <message>
        <source>No hours set yet.</source>
        <translation>Aucune heure réglée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%s h of regular hours and %s h on call.</source>
        <translation>%s h d&apos;heures régulières et %s h de garde.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Next time away: %1 (%2).</source>
        <translation>Prochaine absence : %1 (%2).</translation>
    </message>
    <message>
        <source>Next time away: %1.</source>
        <translation>Prochaine absence : %1.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>After Hours menu</source>
        <translation>Menu d&apos;After Hours</translation>
    </message>
    <message>
        <source>&amp;Log a contact...</source>
        <translation>&amp;Consigner un contact...</translation>
    </message>
    <message>
        <source>&amp;Crisis scripts</source>
        <translation>Scripts de &amp;crise</translation>
    </message>
    <message>
        <source>&amp;Pause monitoring</source>
        <translation>&amp;Mettre la surveillance en pause</translation>
    </message>
    <message>
        <source>For 1 &amp;hour</source>
        <translation>Pendant 1 &amp;heure</translation>
    </message>
    <message>
        <source>Until &amp;tomorrow morning</source>
        <translation>Jusqu&apos;à &amp;demain matin</translation>
    </message>
    <message>
        <source>&amp;Indefinitely</source>
        <translation>&amp;Indéfiniment</translation>
    </message>
    <message>
        <source>&amp;Resume monitoring</source>
        <translation>&amp;Reprendre la surveillance</translation>
    </message>
    <message>
        <source>&amp;Open After Hours</source>
        <translation>&amp;Ouvrir After Hours</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Crisis panel: %s, %s</source>
        <translation>Panneau de &amp;crise : %s, %s</translation>
    </message>
    <message>
        <source>no client named</source>
        <translation>aucun client nommé</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Self-check scores over time</source>
        <translation>Scores d&apos;autoévaluation au fil du temps</translation>
    </message>
    <message>
        <source>%1 self-checks</source>
        <translation>%1 autoévaluations</translation>
    </message>
    <message>
        <source>No self-checks yet.</source>
        <translation>Aucune autoévaluation pour l&apos;instant.</translation>
    </message>
    <message>
        <source>moderate, 50 to under 75 (a convention)</source>
        <translation>modéré, de 50 à moins de 75 (une convention)</translation>
    </message>
    <message>
        <source>high, 75 or more (a convention)</source>
        <translation>élevé, 75 ou plus (une convention)</translation>
    </message>
</context>
<context>
    <name>UpcomingReminders</name>
    <message>
        <source>Next reminders</source>
        <translation>Prochains rappels</translation>
    </message>
    <message>
        <source>No reminders coming up.</source>
        <translation>Aucun rappel à venir.</translation>
    </message>
</context>
<context>
    <name>WeekEditor</name>
    <message>
        <source>New windows are:</source>
        <translation>Les nouvelles plages sont :</translation>
    </message>
    <message>
        <source>&amp;Regular hours (solid)</source>
        <translation>Heures &amp;régulières (pleines)</translation>
    </message>
    <message>
        <source>On &amp;call (hatched)</source>
        <translation>De &amp;garde (hachurées)</translation>
    </message>
    <message>
        <source>%1-%2 (next day)</source>
        <translation>%1-%2 (le lendemain)</translation>
    </message>
    <message>
        <source>%1 %2, on call (%3)</source>
        <translation>%1 %2, de garde (%3)</translation>
    </message>
    <message>
        <source>%1 %2, on call</source>
        <translation>%1 %2, de garde</translation>
    </message>
    <message>
        <source>%1 %2, regular hours (%3)</source>
        <translation>%1 %2, heures régulières (%3)</translation>
    </message>
    <message>
        <source>%1 %2, regular hours</source>
        <translation>%1 %2, heures régulières</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly hours grid</source>
        <translation>Grille des heures hebdomadaires</translation>
    </message>
    <message>
        <source>Arrow keys move; Enter adds an hour; Shift+Up or Down resizes; O switches regular and on call; Delete removes. The list below has the same windows as text.</source>
        <translation>Les flèches déplacent; Entrée ajoute une heure; Maj+Haut ou Bas redimensionne; O alterne entre régulier et de garde; Suppr retire. La liste ci-dessous présente les mêmes plages en texte.</translation>
    </message>
    <message>
        <source>Switch regular / on call</source>
        <translation>Alterner régulier / de garde</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>WindowDialog</name>
    <message>
        <source>Window</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>End time (at or before the start: the next day)</source>
        <translation>Heure de fin (au début ou avant : le lendemain)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>Heures régulières</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>De garde</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Windows as a list</source>
        <translation>Les plages en liste</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Ajouter...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Modifier...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>No windows yet: you are off hours all week.</source>
        <translation>Aucune plage pour l&apos;instant : vous êtes hors des heures toute la semaine.</translation>
    </message>
</context>
<context>
    <name>ZoneCombo</name>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Time zone (type to search)</source>
        <translation>Fuseau horaire (tapez pour chercher)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
</TS>
