<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CH" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="92"/>
        <source>About OCPM Desk</source>
        <translation>À propos d&apos;OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="93"/>
        <source>&lt;h3&gt;OCPM Desk {version}&lt;/h3&gt;&lt;p&gt;Back-office application of the Cantonal Office for Population and Migration (OCPM), Republic and Canton of Geneva.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · {system}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OCPM Desk {version}&lt;/h3&gt;&lt;p&gt;Application de back-office de l&apos;Office cantonal de la population et des migrations (OCPM), République et canton de Genève.&lt;/p&gt;&lt;p&gt;Python {python} · Qt {qt} · PySide6 {pyside} · {system}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/dialogs.py" line="58"/>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Confirmer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/dialogs.py" line="107"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
</context>
<context>
    <name>ApprovalsScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="65"/>
        <source>Decisions to approve</source>
        <translation>Décisions à approuver</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="80"/>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="123"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="80"/>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="124"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="81"/>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="125"/>
        <source>Proposed by</source>
        <translation>Proposée par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="127"/>
        <source>Proposed on</source>
        <translation>Proposée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="128"/>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="129"/>
        <source>Abroad</source>
        <translation>Étranger</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="70"/>
        <source>Refusals waiting for a decision</source>
        <translation>Refus en attente de décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="81"/>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="82"/>
        <source>Right to be heard</source>
        <translation>Droit d&apos;être entendu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="83"/>
        <source>Content (SHA-256)</source>
        <translation>Contenu (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="93"/>
        <source>⚠ Decision addressed abroad: notification by post is not valid everywhere.</source>
        <translation>⚠ Décision adressée à l&apos;étranger&#xa0;: la notification postale n&apos;est pas valable partout.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="98"/>
        <source>Your proposal: another supervisor decides it (four eyes).</source>
        <translation>Votre proposition&#xa0;: un autre responsable la décide (quatre yeux).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="110"/>
        <source>Choose a proposal to see its letter.</source>
        <translation>Choisissez une proposition pour voir sa lettre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="143"/>
        <source>{count} proposal(s) waiting</source>
        <translation>{count} proposition(s) en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="126"/>
        <source>your proposal</source>
        <translation>votre proposition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="129"/>
        <source>⚠ abroad</source>
        <translation>⚠ étranger</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="160"/>
        <source>No refusal waiting for a decision</source>
        <translation>Aucun refus en attente de décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="160"/>
        <source>Proposals of refusal appear here as soon as a caseworker submits one.</source>
        <translation>Les propositions de refus apparaissent ici dès qu&apos;un gestionnaire en soumet une.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="196"/>
        <source>Loading the letter…</source>
        <translation>Chargement de la lettre…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="223"/>
        <source>{name} ({username}) on {date}</source>
        <translation>{name} ({username}) le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="228"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="241"/>
        <source>&amp;Approve and sign…</source>
        <translation>&amp;Approuver et signer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="242"/>
        <source>Issue the decision as shown, signed in your name</source>
        <translation>Émettre la décision telle qu&apos;affichée, signée à votre nom</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="243"/>
        <source>&amp;Return…</source>
        <translation>&amp;Retourner…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="244"/>
        <source>Send the proposal back to its author with a comment</source>
        <translation>Renvoyer la proposition à son auteur avec un commentaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="245"/>
        <source>Open the &amp;order</source>
        <translation>Ouvrir la &amp;commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="246"/>
        <source>The order of the selected proposal</source>
        <translation>La commande de la proposition choisie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="262"/>
        <source>Your own proposal: another supervisor decides it (four eyes).</source>
        <translation>Votre propre proposition&#xa0;: un autre responsable la décide (quatre yeux).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="285"/>
        <source>Decision no. {number} issued for order {reference}: it goes to the mail room.</source>
        <translation>Décision n° {number} émise pour la commande {reference}&#xa0;: elle part au courrier.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="300"/>
        <source>The proposal on order {reference} was returned to its author.</source>
        <translation>La proposition sur la commande {reference} a été retournée à son auteur.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="309"/>
        <source>Another action is still on its way; try again in a moment.</source>
        <translation>Une autre action est encore en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/approvals.py" line="328"/>
        <source>The list has been reloaded.</source>
        <translation>La liste a été rechargée.</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="148"/>
        <source>Approve — {reference}</source>
        <translation>Approuver — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="149"/>
        <source>Approve order {reference} ({service})? Every mandatory condition is met; the documents then go to the mail room to be printed and sent.</source>
        <translation>Approuver la commande {reference} ({service})&#xa0;? Toutes les conditions obligatoires sont remplies&#xa0;; les documents partent ensuite au courrier pour être imprimés et envoyés.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="151"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
</context>
<context>
    <name>ApproveRefusalDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="163"/>
        <source>Approve and sign — {reference}</source>
        <translation>Approuver et signer — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="164"/>
        <source>Approve the refusal of order {reference} proposed by {author}? The decision is issued with a number, signed in your name, and goes to the mail room to be sent registered.</source>
        <translation>Approuver le refus de la commande {reference} proposé par {author}&#xa0;? La décision est émise avec un numéro, signée à votre nom, et part au courrier pour un envoi recommandé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="167"/>
        <source>&amp;Approve and sign</source>
        <translation>&amp;Approuver et signer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="175"/>
        <source>Content approved (SHA-256):</source>
        <translation>Contenu approuvé (SHA-256)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="296"/>
        <source>&amp;Assign</source>
        <translation>&amp;Attribuer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="299"/>
        <source>Caseworkers</source>
        <translation>Gestionnaires</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="305"/>
        <source>Loading the caseworkers…</source>
        <translation>Chargement des gestionnaires…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="319"/>
        <source>no open order</source>
        <translation>aucun dossier ouvert</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="321"/>
        <source>1 open order</source>
        <translation>1 dossier ouvert</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="323"/>
        <source>{count} open orders</source>
        <translation>{count} dossiers ouverts</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="326"/>
        <source>assigned now</source>
        <translation>attributaire actuel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="333"/>
        <source>No active caseworker or supervisor to assign to.</source>
        <translation>Aucun gestionnaire ni responsable actif à qui attribuer.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="351"/>
        <source>Choose the person who takes the order.</source>
        <translation>Choisissez la personne qui prend la commande.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="353"/>
        <source>The order is already assigned to {person}.</source>
        <translation>La commande est déjà attribuée à {person}.</translation>
    </message>
</context>
<context>
    <name>AuditAction</name>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="128"/>
        <source>Personal data viewed</source>
        <extracomment>``audit_events.action`` → what happened. Every action of ``domain.audit_actions.AUDIT_ACTIONS``, those only the database writes (``staff.requested``, ``staff.confirmed``: migration 0013) or the demo seed (``demo.*``), and those older versions wrote.</extracomment>
        <translation>Données personnelles consultées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="129"/>
        <source>Order received</source>
        <translation>Commande reçue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="130"/>
        <source>Payment validated</source>
        <translation>Paiement validé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="131"/>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="132"/>
        <source>Order claimed</source>
        <translation>Commande prise en charge</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="133"/>
        <source>Order released</source>
        <translation>Commande libérée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="134"/>
        <source>Order reassigned</source>
        <translation>Commande réattribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="135"/>
        <source>Order put on hold</source>
        <translation>Commande mise en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="136"/>
        <source>Review resumed</source>
        <translation>Examen repris</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="137"/>
        <source>Order approved</source>
        <translation>Commande approuvée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="138"/>
        <source>Refusal proposed</source>
        <translation>Refus proposé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="139"/>
        <source>Refusal proposal returned</source>
        <translation>Proposition de refus renvoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="140"/>
        <source>Refusal approved</source>
        <translation>Refus approuvé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="141"/>
        <source>Withdrawal recorded</source>
        <translation>Retrait enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="142"/>
        <source>Documents printed</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="143"/>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="186"/>
        <source>Handed to the post</source>
        <translation>Remis à la poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="144"/>
        <source>Delivery recorded</source>
        <translation>Distribution enregistrée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="145"/>
        <source>Return recorded</source>
        <translation>Retour enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="146"/>
        <source>Sent again</source>
        <translation>Envoyé à nouveau</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="147"/>
        <source>Reissue (error attributable to OCPM)</source>
        <translation>Réédition (erreur imputable à l&apos;OCPM)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="148"/>
        <source>Conditions evaluated</source>
        <translation>Conditions évaluées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="149"/>
        <source>Condition ticked</source>
        <translation>Condition cochée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="150"/>
        <source>Result of a condition overridden</source>
        <translation>Résultat d&apos;une condition forcé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="151"/>
        <source>Override of a condition removed</source>
        <translation>Forçage d&apos;une condition retiré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="152"/>
        <source>Hearing letter sent</source>
        <translation>Lettre d&apos;intention envoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="153"/>
        <source>Hearing recorded as not needed</source>
        <translation>Audition jugée non nécessaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="154"/>
        <source>Answer to the hearing letter recorded</source>
        <translation>Réponse à la lettre d&apos;intention enregistrée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="155"/>
        <source>Correction: attestation reissued</source>
        <translation>Correction&#xa0;: attestation rééditée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="156"/>
        <source>Correction request recorded</source>
        <translation>Demande de correction enregistrée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="157"/>
        <source>Refusal draft created</source>
        <translation>Brouillon de refus créé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="158"/>
        <source>Refusal draft taken over</source>
        <translation>Brouillon de refus repris</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="159"/>
        <source>Refusal proposal submitted</source>
        <translation>Proposition de refus soumise</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="160"/>
        <source>Refusal decision issued (signed)</source>
        <translation>Décision de refus émise (signée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="161"/>
        <source>Refusal proposal returned to its author</source>
        <translation>Proposition de refus renvoyée à son auteur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="162"/>
        <source>Archived decision read (original)</source>
        <translation>Décision archivée consultée (original)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="163"/>
        <source>Copy of a decision made</source>
        <translation>Copie d&apos;une décision établie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="164"/>
        <source>Batch of documents printed</source>
        <translation>Lot de documents imprimé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="165"/>
        <source>Hearing letter handed to the post</source>
        <translation>Lettre d&apos;intention remise à la poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="166"/>
        <source>Shipment returned by the post</source>
        <translation>Envoi retourné par la poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="167"/>
        <source>Tracking data imported</source>
        <translation>Données de suivi importées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="168"/>
        <source>Deposit list created</source>
        <translation>Liste de dépôt établie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="169"/>
        <source>Orders imported</source>
        <translation>Commandes importées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="170"/>
        <source>Quarantined line resolved</source>
        <translation>Ligne en quarantaine traitée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="172"/>
        <source>Logged in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="173"/>
        <source>Failed login</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="174"/>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="171"/>
        <source>Audit trail searched</source>
        <translation>Recherche dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="175"/>
        <source>Role granted</source>
        <translation>Rôle attribué</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="176"/>
        <source>Role removed</source>
        <translation>Rôle retiré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="177"/>
        <source>Account deactivated</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="178"/>
        <source>Account reactivated</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="179"/>
        <source>Own password set</source>
        <translation>Mot de passe personnel défini</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="180"/>
        <source>Account change requested (a second administrator confirms)</source>
        <translation>Modification de compte demandée (un second administrateur confirme)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="181"/>
        <source>Account change confirmed by a second administrator</source>
        <translation>Modification de compte confirmée par un second administrateur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="182"/>
        <source>Reference data loaded</source>
        <translation>Référentiel chargé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="183"/>
        <source>Demo data created</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="184"/>
        <source>Creating the demo data failed</source>
        <translation>Échec de la création des données de démonstration</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="194"/>
        <source>{table}: row added (in the database)</source>
        <extracomment>Actions no version writes any more, kept for the events that hold them. What the row-audit triggers write (``&apos;row.&apos; || lower(TG_OP)``), the table being the event&apos;s entity.</extracomment>
        <translation>{table}&#xa0;: ligne ajoutée (dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="195"/>
        <source>{table}: row changed (in the database)</source>
        <translation>{table}&#xa0;: ligne modifiée (dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="196"/>
        <source>{table}: row deleted (in the database)</source>
        <translation>{table}&#xa0;: ligne supprimée (dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="200"/>
        <source>Row added (in the database)</source>
        <extracomment>A row event of a table this module does not name.</extracomment>
        <translation>Ligne ajoutée (dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="201"/>
        <source>Row changed (in the database)</source>
        <translation>Ligne modifiée (dans la base de données)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="202"/>
        <source>Row deleted (in the database)</source>
        <translation>Ligne supprimée (dans la base de données)</translation>
    </message>
</context>
<context>
    <name>AuditCode</name>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="243"/>
        <source>A mail</source>
        <extracomment>``resources/reference/postal.yaml``.</extracomment>
        <translation>Courrier A</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="244"/>
        <source>B mail</source>
        <translation>Courrier B</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="245"/>
        <source>Registered</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="246"/>
        <source>International Economy</source>
        <translation>International Economy</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="247"/>
        <source>International Priority</source>
        <translation>International Priority</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="248"/>
        <source>International registered</source>
        <translation>International recommandé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="252"/>
        <source>Not resident in Geneva</source>
        <extracomment>``resources/reference/grounds.yaml`` (the refusal grounds&apos; titles).</extracomment>
        <translation>Absence de domicile à Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="253"/>
        <source>No residence history</source>
        <translation>Absence d&apos;historique de séjour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="254"/>
        <source>Not a Swiss citizen</source>
        <translation>Absence de nationalité suisse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="255"/>
        <source>No recorded departure</source>
        <translation>Absence de départ enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="256"/>
        <source>Identity data do not match</source>
        <translation>Données d&apos;identité non concordantes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="257"/>
        <source>Applicant not entitled</source>
        <translation>Demandeur non habilité</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="258"/>
        <source>Fee not paid in full</source>
        <translation>Taxe non acquittée intégralement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="259"/>
        <source>Delivery address not valid</source>
        <translation>Adresse de livraison non valable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="260"/>
        <source>Service not available on the order date</source>
        <translation>Prestation non disponible à la date de la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="261"/>
        <source>Order for a minor without established legal representation</source>
        <translation>Commande pour un mineur sans représentation légale établie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="267"/>
        <source>Payment complete (fee and postage)</source>
        <extracomment>``resources/reference/conditions.yaml`` (the conditions&apos; labels).</extracomment>
        <translation>Paiement complet (taxe et frais de port)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="268"/>
        <source>Service available on the order date</source>
        <translation>Prestation disponible à la date de la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="269"/>
        <source>Identity matches the register</source>
        <translation>Identité conforme au registre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="270"/>
        <source>The applicant is the person concerned or their legal representative</source>
        <translation>Le demandeur est la personne concernée ou son représentant légal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="273"/>
        <source>Delivery address complete and postal product valid</source>
        <translation>Adresse de livraison complète et produit postal valable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="274"/>
        <source>Person resident in Geneva</source>
        <translation>Personne domiciliée à Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="275"/>
        <source>Residence history in Geneva recorded</source>
        <translation>Historique des séjours à Genève enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="276"/>
        <source>Swiss citizen</source>
        <translation>Personne de nationalité suisse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="277"/>
        <source>Departure from Geneva recorded</source>
        <translation>Départ de Genève enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="281"/>
        <source>account creation</source>
        <extracomment>What a second administrator confirms (``staff_requests.kind``, migration 0013).</extracomment>
        <translation>création du compte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="282"/>
        <source>role granted</source>
        <translation>attribution d&apos;un rôle</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="283"/>
        <source>reactivation</source>
        <translation>réactivation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="287"/>
        <source>the applicant</source>
        <extracomment>Who an error in a delivered document is attributable to (``record_correction``).</extracomment>
        <translation>le demandeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="288"/>
        <source>OCPM</source>
        <translation>l&apos;OCPM</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="292"/>
        <source>ReportLab {value}</source>
        <extracomment>The parts of a renderer&apos;s fingerprint (``adapters/pdf/fingerprint.py``): ``reportlab=4.2 … letterhead=&lt;hash&gt;``.</extracomment>
        <translation>ReportLab {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="293"/>
        <source>accelerator {value}</source>
        <translation>accélérateur {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="294"/>
        <source>zlib {value}</source>
        <translation>zlib {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="295"/>
        <source>fonts {value}</source>
        <translation>polices {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="296"/>
        <source>template {value}</source>
        <translation>modèle {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="297"/>
        <source>letterhead {value}</source>
        <translation>en-tête {value}</translation>
    </message>
</context>
<context>
    <name>AuditColumn</name>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="124"/>
        <source>answer</source>
        <extracomment>``order.conditions_evaluated`` counts the results by their code: its keys are named as the results are. Keys whose value is the number of a row: their label is a template (``order no. {id}``). Keys not shown: the search&apos;s page size says nothing about what was searched. The columns of the row-audited tables (``row.update`` names those it changed), as a list of details says them. The delivery address&apos;s (``addr_*``) are the order screen&apos;s field labels.</extracomment>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="125"/>
        <source>answer recorded at</source>
        <translation>date d&apos;enregistrement de la réponse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="126"/>
        <source>answer recorded by</source>
        <translation>réponse enregistrée par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="127"/>
        <source>answer date</source>
        <translation>date de la réponse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="128"/>
        <source>applicant</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="129"/>
        <source>approver</source>
        <translation>approbateur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="130"/>
        <source>assignee</source>
        <translation>attribution</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="131"/>
        <source>attributable to</source>
        <translation>imputable à</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="132"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="133"/>
        <source>delivery clock stopped</source>
        <translation>délai de traitement suspendu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="134"/>
        <source>person concerned</source>
        <translation>personne concernée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="135"/>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="136"/>
        <source>content fingerprint</source>
        <translation>empreinte du contenu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="137"/>
        <source>created at</source>
        <translation>date de création</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="138"/>
        <source>created by</source>
        <translation>créé par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="139"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="140"/>
        <source>decided at</source>
        <translation>date de la décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="141"/>
        <source>delivery date</source>
        <translation>date de distribution</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="142"/>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="185"/>
        <source>postal product</source>
        <translation>produit postal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="143"/>
        <source>deposit list</source>
        <translation>liste de dépôt</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="144"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="145"/>
        <source>detail</source>
        <translation>détail</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="146"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="147"/>
        <source>evaluated at</source>
        <translation>date d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="148"/>
        <source>evaluated by</source>
        <translation>évalué par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="149"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="150"/>
        <source>evidence</source>
        <translation>constats</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="151"/>
        <source>fee paid</source>
        <translation>émolument payé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="152"/>
        <source>fee schedule</source>
        <translation>barème des émoluments</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="153"/>
        <source>first delivery attempt</source>
        <translation>première tentative de distribution</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="154"/>
        <source>hearing</source>
        <translation>audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="155"/>
        <source>note on the hearing</source>
        <translation>note sur l&apos;audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="156"/>
        <source>reason for the hold</source>
        <translation>motif de l&apos;attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="157"/>
        <source>follow-up date</source>
        <translation>date de relance</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="158"/>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="159"/>
        <source>intake fingerprint</source>
        <translation>empreinte de la réception</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="160"/>
        <source>item number</source>
        <translation>n° d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="161"/>
        <source>kind of document</source>
        <translation>type de document</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="162"/>
        <source>line (masked)</source>
        <translation>ligne (masquée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="163"/>
        <source>line number</source>
        <translation>n° de ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="164"/>
        <source>line fingerprint</source>
        <translation>empreinte de la ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="165"/>
        <source>hearing mode</source>
        <translation>mode d&apos;audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="166"/>
        <source>notification date</source>
        <translation>date de notification</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="167"/>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="168"/>
        <source>occurred at</source>
        <translation>date de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="169"/>
        <source>order</source>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="170"/>
        <source>order date</source>
        <translation>date de la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="171"/>
        <source>outcome</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="172"/>
        <source>overridden at</source>
        <translation>date du forçage</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="173"/>
        <source>overridden by</source>
        <translation>forcé par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="174"/>
        <source>justification of the override</source>
        <translation>justification du forçage</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="175"/>
        <source>forced result</source>
        <translation>résultat forcé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="176"/>
        <source>payment date</source>
        <translation>date du paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="177"/>
        <source>means of payment</source>
        <translation>moyen de paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="178"/>
        <source>payment reference</source>
        <translation>référence du paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="179"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="180"/>
        <source>PDF fingerprint</source>
        <translation>empreinte du PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="181"/>
        <source>postage paid</source>
        <translation>frais de port payés</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="182"/>
        <source>postal tariff</source>
        <translation>tarif postal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="183"/>
        <source>printed at</source>
        <translation>date d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="184"/>
        <source>printed by</source>
        <translation>imprimé par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="186"/>
        <source>proposed at</source>
        <translation>date de la proposition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="187"/>
        <source>quantity</source>
        <translation>quantité</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="188"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="189"/>
        <source>reasons</source>
        <translation>motifs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="190"/>
        <source>received at</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="191"/>
        <source>date received</source>
        <translation>date de réception</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="192"/>
        <source>recorded at</source>
        <translation>date d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="193"/>
        <source>recorded by</source>
        <translation>enregistré par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="194"/>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="195"/>
        <source>comments expected by</source>
        <translation>observations attendues jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="196"/>
        <source>resolution note</source>
        <translation>note de traitement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="197"/>
        <source>resolved at</source>
        <translation>date de traitement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="198"/>
        <source>resolved by</source>
        <translation>traité par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="199"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="200"/>
        <source>comment of the return</source>
        <translation>commentaire du renvoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="201"/>
        <source>reason of the return</source>
        <translation>motif du retour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="202"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="203"/>
        <source>rule set</source>
        <translation>jeu de règles</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="204"/>
        <source>date sent</source>
        <translation>date d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="205"/>
        <source>service</source>
        <translation>prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="206"/>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="207"/>
        <source>shipment</source>
        <translation>envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="208"/>
        <source>shipped at</source>
        <translation>date d&apos;expédition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="209"/>
        <source>shipped by</source>
        <translation>expédié par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="210"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="211"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="212"/>
        <source>changed at</source>
        <translation>date de modification</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="213"/>
        <source>changed by</source>
        <translation>modifié par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="214"/>
        <source>version</source>
        <translation>version</translation>
    </message>
</context>
<context>
    <name>AuditEntity</name>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="33"/>
        <source>Applicants</source>
        <extracomment>Every table of the schema, as the plural a list of rows says (row events, the demo seed&apos;s counts).</extracomment>
        <translation>Demandeurs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="34"/>
        <source>Audit events</source>
        <translation>Événements du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="35"/>
        <source>Office closures</source>
        <translation>Fermetures des bureaux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="36"/>
        <source>Condition results</source>
        <translation>Résultats des conditions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="37"/>
        <source>Rule sets</source>
        <translation>Jeux de règles</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="38"/>
        <source>Conditions of the rule sets</source>
        <translation>Conditions des jeux de règles</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="39"/>
        <source>Correction requests</source>
        <translation>Demandes de correction</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="40"/>
        <source>Grounds of decisions</source>
        <translation>Motifs des décisions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="41"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="42"/>
        <source>Deposit lists</source>
        <translation>Listes de dépôt</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="43"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="44"/>
        <source>Fee schedules</source>
        <translation>Barèmes des émoluments</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="45"/>
        <source>Hearings</source>
        <translation>Auditions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="46"/>
        <source>Import quarantine</source>
        <translation>Quarantaine des importations</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="47"/>
        <source>Lifecycle transitions</source>
        <translation>Transitions du cycle de vie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="48"/>
        <source>Order history</source>
        <translation>Historique des commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="49"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="50"/>
        <source>Postal products</source>
        <translation>Produits postaux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="51"/>
        <source>Postal tariffs</source>
        <translation>Tarifs postaux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="52"/>
        <source>Refusal grounds</source>
        <translation>Motifs de refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="53"/>
        <source>Register: legal representations</source>
        <translation>Registre&#xa0;: représentations légales</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="54"/>
        <source>Register: persons</source>
        <translation>Registre&#xa0;: personnes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="55"/>
        <source>Register: residences</source>
        <translation>Registre&#xa0;: séjours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="56"/>
        <source>Services</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="57"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="58"/>
        <source>Shipments</source>
        <translation>Envois</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="59"/>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="60"/>
        <source>Staff account requests</source>
        <translation>Demandes concernant les comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="61"/>
        <source>Roles of the staff</source>
        <translation>Rôles du personnel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="62"/>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="63"/>
        <source>Tracking events</source>
        <translation>Événements de suivi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="64"/>
        <source>VAT rates</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="69"/>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="70"/>
        <source>Order no. {id}</source>
        <extracomment>One row of an entity, by its number (``Decision no. 12``): the services&apos; entities and the row-audited tables.</extracomment>
        <translation>Commande n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="71"/>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="72"/>
        <source>Decision no. {id}</source>
        <translation>Décision n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="73"/>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="74"/>
        <source>Shipment no. {id}</source>
        <translation>Envoi n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="75"/>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="76"/>
        <source>Document no. {id}</source>
        <translation>Document n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="77"/>
        <source>Hearing no. {id}</source>
        <translation>Audition n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="78"/>
        <source>Condition result no. {id}</source>
        <translation>Résultat de condition n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="79"/>
        <source>Tracking event no. {id}</source>
        <translation>Événement de suivi n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="80"/>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="81"/>
        <source>Deposit list no. {id}</source>
        <translation>Liste de dépôt n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="82"/>
        <source>Correction request no. {id}</source>
        <translation>Demande de correction n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="83"/>
        <source>Quarantined line no. {id}</source>
        <translation>Ligne en quarantaine n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="84"/>
        <source>Print job {id}</source>
        <translation>Tâche d&apos;impression {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="85"/>
        <source>Account {id}</source>
        <translation>Compte {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="92"/>
        <source>System (command line)</source>
        <extracomment>Entities whose id says nothing the payload does not (a file name, &quot;search&quot;, &quot;demo&quot;): not named. The synthetic actors of the command line, the intake and the demo seed (``services.uow``, ``demo_seed``).</extracomment>
        <translation>Système (ligne de commande)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="93"/>
        <source>System (automatic intake)</source>
        <translation>Système (réception automatique)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="94"/>
        <source>System (demo data)</source>
        <translation>Système (données de démonstration)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="120"/>
        <source>System ({name})</source>
        <translation>Système ({name})</translation>
    </message>
</context>
<context>
    <name>AuditField</name>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="24"/>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="25"/>
        <source>order</source>
        <extracomment>Every key a payload holds (services, migrations&apos; functions, row-audit triggers, demo seed, older versions) → its label inside a line of details (lower case: « motif : Adresse inconnue »).</extracomment>
        <translation>commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="26"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="27"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="28"/>
        <source>from</source>
        <translation>dès le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="29"/>
        <source>to</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="30"/>
        <source>at most</source>
        <translation>au plus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="31"/>
        <source>results</source>
        <translation>résultats</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="32"/>
        <source>roles</source>
        <translation>rôles</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="33"/>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="34"/>
        <source>account locked</source>
        <translation>compte verrouillé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="35"/>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="36"/>
        <source>rows changed</source>
        <translation>lignes modifiées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="37"/>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="38"/>
        <source>order status</source>
        <translation>statut de la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="39"/>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="40"/>
        <source>assigned to</source>
        <translation>attribuée à</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="41"/>
        <source>address fields changed</source>
        <translation>champs d&apos;adresse modifiés</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="42"/>
        <source>error attributable to</source>
        <translation>erreur imputable à</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="43"/>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="44"/>
        <source>previous author</source>
        <translation>auteur précédent</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="45"/>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="46"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="47"/>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="48"/>
        <source>content fingerprint</source>
        <translation>empreinte du contenu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="49"/>
        <source>PDF fingerprint</source>
        <translation>empreinte du PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="50"/>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="51"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="52"/>
        <source>decision no. {id}</source>
        <translation>décision n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="53"/>
        <source>delivered</source>
        <translation>distribués</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="54"/>
        <source>destination</source>
        <translation>destination</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="55"/>
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="56"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="57"/>
        <source>grounds</source>
        <translation>motifs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="58"/>
        <source>hearing</source>
        <translation>audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="59"/>
        <source>hearing letters</source>
        <translation>lettres d&apos;intention</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="60"/>
        <source>item number</source>
        <translation>n° d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="61"/>
        <source>items</source>
        <translation>envois</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="62"/>
        <source>justification</source>
        <translation>justification</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="63"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="64"/>
        <source>lines read</source>
        <translation>lignes lues</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="65"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="66"/>
        <source>decision number</source>
        <translation>n° de décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="67"/>
        <source>order no. {id}</source>
        <translation>commande n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="68"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="69"/>
        <source>orders deleted</source>
        <translation>commandes supprimées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="70"/>
        <source>forced result</source>
        <translation>résultat forcé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="71"/>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="72"/>
        <source>postage</source>
        <translation>frais de port</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="73"/>
        <source>previous result</source>
        <translation>résultat précédent</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="74"/>
        <source>postal product</source>
        <translation>produit postal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="75"/>
        <source>ready to ship</source>
        <translation>prêtes à expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="76"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="77"/>
        <source>tracking events recorded</source>
        <translation>événements de suivi enregistrés</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="78"/>
        <source>reference rows changed</source>
        <translation>lignes du référentiel modifiées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="79"/>
        <source>lines rejected</source>
        <translation>lignes rejetées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="80"/>
        <source>orders replaced</source>
        <translation>commandes remplacées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="81"/>
        <source>comments expected by</source>
        <translation>observations attendues jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="82"/>
        <source>correction request no. {id}</source>
        <translation>demande de correction n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="83"/>
        <source>existing data replaced</source>
        <translation>données existantes remplacées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="84"/>
        <source>result</source>
        <translation>résultat</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="85"/>
        <source>override removed</source>
        <translation>forçage retiré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="86"/>
        <source>rows written</source>
        <translation>lignes écrites</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="87"/>
        <source>random seed</source>
        <translation>graine aléatoire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="88"/>
        <source>shipment no. {id}</source>
        <translation>envoi n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="89"/>
        <source>document no. {id}</source>
        <translation>document n° {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="90"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="91"/>
        <source>statuses</source>
        <translation>statuts</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="92"/>
        <source>day of the data</source>
        <translation>jour des données</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="93"/>
        <source>unknown item numbers</source>
        <translation>numéros d&apos;envoi inconnus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="94"/>
        <source>first line</source>
        <translation>première ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="95"/>
        <source>last line</source>
        <translation>dernière ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="96"/>
        <source>imported</source>
        <translation>importées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="97"/>
        <source>updated</source>
        <translation>mises à jour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="98"/>
        <source>unchanged</source>
        <translation>inchangées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="99"/>
        <source>lines in quarantine</source>
        <translation>lignes en quarantaine</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="100"/>
        <source>answer received</source>
        <translation>réponse reçue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="101"/>
        <source>received on</source>
        <translation>reçue le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="102"/>
        <source>renderer</source>
        <translation>moteur de rendu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="103"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="104"/>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="105"/>
        <source>one-time password given</source>
        <translation>mot de passe à usage unique remis</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="106"/>
        <source>request</source>
        <translation>demande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="110"/>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="111"/>
        <source>automatic result</source>
        <extracomment>A key whose meaning depends on the action (``(action, key)`` → its label).</extracomment>
        <translation>résultat automatique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/fields.py" line="112"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="79"/>
        <source>yes</source>
        <extracomment>The names of the audit texts, wherever their table lives (the model, the screen and the tests read them here). Hexadecimal digits of a fingerprint shown (the whole payload is in the cell&apos;s tooltip). Items of a list shown before &quot;and N more&quot;.</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="80"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="133"/>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="153"/>
        <source>PDF file {path}</source>
        <translation>fichier PDF {path}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="154"/>
        <source>printer {name}</source>
        <translation>imprimante {name}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="174"/>
        <source>{name}, {title}, signed on {date}</source>
        <translation>{name}, {title}, signée le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="277"/>
        <source>assigned to {person}</source>
        <extracomment>How a key&apos;s value is said when it is a code, a day, an amount… (anything else: ``_plain``). Keys whose value a person typed or a system named (a reason, a file, an error): shown exactly as stored. Keys whose value a person typed in some actions only (elsewhere it is a code).</extracomment>
        <translation>attribuée à {person}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="279"/>
        <source>{count} found</source>
        <translation>{count} résultat(s)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/text.py" line="295"/>
        <source>{label}: {value}</source>
        <translation>{label}&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="49"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="51"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="53"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="55"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="60"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="39"/>
        <source>Event {id}</source>
        <translation>Événement {id}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="34"/>
        <source>As stored: {payload}</source>
        <translation>Tel qu&apos;enregistré&#xa0;: {payload}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/model.py" line="58"/>
        <source>Double-click an event of an order to see that order&apos;s whole trail.</source>
        <translation>Double-cliquez sur un événement d&apos;une commande pour afficher tout le journal de cette commande.</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="82"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="86"/>
        <source>Audit events</source>
        <translation>Événements du journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="103"/>
        <source>No audit event matches these filters</source>
        <translation>Aucun événement ne correspond à ces filtres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="103"/>
        <source>Change the filters and search again.</source>
        <translation>Modifiez les filtres et relancez la recherche.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="117"/>
        <source>The newest {count} events: narrow the filters to see older ones</source>
        <translation>Les {count} événements les plus récents&#xa0;: affinez les filtres pour voir les plus anciens</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="121"/>
        <source>{count} events, newest first · dates and times in Geneva time</source>
        <translation>{count} événements, du plus récent au plus ancien · dates et heures de Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="150"/>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="164"/>
        <source>Fro&amp;m</source>
        <translation>Dè&amp;s le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="166"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="167"/>
        <source>&amp;To</source>
        <translation>&amp;Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="169"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="173"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="174"/>
        <source>Search the audit trail with these filters (Enter)</source>
        <translation>Rechercher dans le journal d&apos;audit avec ces filtres (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="177"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="177"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="177"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="218"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="219"/>
        <source>Who viewed what</source>
        <translation>Qui a consulté quoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="220"/>
        <source>Who opened which order&apos;s personal data (LIPAD)</source>
        <translation>Qui a ouvert les données personnelles de quelle commande (LIPAD)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="224"/>
        <source>Row changes recorded by the database</source>
        <translation>Modifications enregistrées par la base</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="225"/>
        <source>Every change of orders, decisions and shipments, even by direct SQL (PostgreSQL)</source>
        <translation>Toute modification des commandes, décisions et envois, même en SQL direct (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="318"/>
        <source>Witness of this workstation: event {id} ({hash}…), recorded on {when}</source>
        <translation>Témoin de ce poste : événement {id} ({hash}…), enregistré le {when}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="221"/>
        <source>Everything about orders</source>
        <translation>Tout sur les commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="222"/>
        <source>Logins and accounts</source>
        <translation>Connexions et comptes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="223"/>
        <source>Searches of the audit trail</source>
        <translation>Recherches dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/vocabulary.py" line="227"/>
        <source>Reference data</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="239"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="241"/>
        <source>Recompute every event&apos;s hash: any event changed or deleted since it was written is named</source>
        <translation>Recalcule l&apos;empreinte de chaque événement&#xa0;: tout événement modifié ou supprimé depuis son écriture est signalé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="271"/>
        <source>Verifying the whole chain…</source>
        <translation>Vérification de toute la chaîne…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="304"/>
        <source>✗ The chain no longer contains event {id} ({hash}…), the newest this workstation saw (on {when}): its last events were deleted or rewritten. If the database was restored on purpose, record its head on this workstation with: ocpm-desk-admin verify-audit --accept-head ID:HASH</source>
        <translation>✗ La chaîne ne contient plus l&apos;événement {id} ({hash}…), le plus récent que ce poste a vu (le {when}) : ses derniers événements ont été supprimés ou réécrits. Si la base a été restaurée volontairement, enregistrez sa tête sur ce poste avec : ocpm-desk-admin verify-audit --accept-head ID:HASH</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="284"/>
        <source>✓ Chain intact: no event yet</source>
        <translation>✓ Chaîne intacte&#xa0;: aucun événement pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="287"/>
        <source>✓ Chain intact: {count} events checked, head {head}</source>
        <translation>✓ Chaîne intacte&#xa0;: {count} événements vérifiés, tête {head}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/audit/screen.py" line="295"/>
        <source>✗ Chain broken at event {id}: {reason}</source>
        <translation>✗ Chaîne rompue à l&apos;événement {id}&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>CatalogueModel</name>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="26"/>
        <source>Yes</source>
        <extracomment>Raw values for sorting, so that CHF 100.00 sorts after CHF 25.00.</extracomment>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="28"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="38"/>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="79"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="40"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="45"/>
        <source>Fee</source>
        <translation>Émolument</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="51"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="57"/>
        <source>From</source>
        <translation>Dès le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="63"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="81"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="86"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="92"/>
        <source>Registered</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/model.py" line="98"/>
        <source>International</source>
        <translation>International</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="55"/>
        <source>Catalogue</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="63"/>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="67"/>
        <source>Services</source>
        <translation>Prestations</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="66"/>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="72"/>
        <source>Postal products</source>
        <translation>Produits postaux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="82"/>
        <source>The catalogue is empty</source>
        <translation>Le référentiel est vide</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="82"/>
        <source>No service and no postal product is in force today.</source>
        <translation>Aucune prestation ni aucun produit postal n&apos;est en vigueur aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="86"/>
        <source>In force on {date} · read-only</source>
        <translation>En vigueur le {date} · consultation seule</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/reference/catalogue.py" line="87"/>
        <source>Services ({count})</source>
        <translation>Prestations ({count})</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="168"/>
        <source>Tick or override a condition — {reference}</source>
        <translation>Cocher ou forcer une condition — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="182"/>
        <source>&amp;Met</source>
        <translation>&amp;Remplie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="183"/>
        <source>&amp;Not met</source>
        <translation>&amp;Non remplie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="184"/>
        <source>Remove the o&amp;verride (back to the automatic result)</source>
        <translation>Retirer le &amp;forçage (retour au résultat automatique)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="196"/>
        <source>&amp;Condition:</source>
        <translation>&amp;Condition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="198"/>
        <source>Result:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="240"/>
        <source>{kind} condition, {mandatory}; result now: {result}</source>
        <translation>Condition {kind}, {mandatory}&#xa0;; résultat actuel&#xa0;: {result}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="242"/>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="242"/>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="246"/>
        <source>Overridden to “{result}”: {justification}</source>
        <translation>Forcée à «&#xa0;{result}&#xa0;»&#xa0;: {justification}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="255"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="257"/>
        <source>Overriding an automatic result needs a written justification of at least {count} characters; it is kept in the audit trail.</source>
        <translation>Forcer un résultat automatique exige une justification écrite d&apos;au moins {count} caractères&#xa0;; elle est conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="260"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="261"/>
        <source>Say what you checked (document, call, register extract).</source>
        <translation>Indiquez ce que vous avez vérifié (document, appel, extrait du registre).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="267"/>
        <source>Choose a condition.</source>
        <translation>Choisissez une condition.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="270"/>
        <source>Choose the result.</source>
        <translation>Choisissez le résultat.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="275"/>
        <source>The automatic result is already “{result}”: there is nothing to override.</source>
        <translation>Le résultat automatique est déjà «&#xa0;{result}&#xa0;»&#xa0;: il n&apos;y a rien à forcer.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="279"/>
        <source>Write a justification of at least {count} characters ({typed} typed).</source>
        <translation>Écrivez une justification d&apos;au moins {count} caractères ({typed} saisis).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="284"/>
        <source>Write a note saying what you checked.</source>
        <translation>Écrivez une note indiquant ce que vous avez vérifié.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="32"/>
        <source>Correction request — {reference}</source>
        <extracomment>The eCH-0010 fields of a delivery address, in the order the dialog shows them.</extracomment>
        <translation>Demande de correction — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="33"/>
        <source>The applicant says the document is wrong. An error of the OCPM is corrected free of charge (a new document is issued); an error in the applicant&apos;s own data needs a new order and a new fee (general terms).</source>
        <translation>Le requérant signale une erreur dans le document. Une erreur de l&apos;OCPM est corrigée gratuitement (un nouveau document est établi)&#xa0;; une erreur dans les données fournies par le requérant nécessite une nouvelle commande et un nouvel émolument (conditions générales).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="36"/>
        <source>&amp;Record the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="41"/>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="47"/>
        <source>What is wrong</source>
        <translation>Ce qui est faux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="48"/>
        <source>e.g. the date of arrival in Geneva is wrong</source>
        <translation>p. ex. la date d&apos;arrivée à Genève est fausse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="50"/>
        <source>Error of the &amp;OCPM: reissue, no new fee</source>
        <translation>Erreur de l&apos;&amp;OCPM&#xa0;: nouveau document, sans nouvel émolument</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="52"/>
        <source>Error in the &amp;applicant&apos;s data: a new order is needed</source>
        <translation>Erreur dans les données du &amp;requérant&#xa0;: une nouvelle commande est nécessaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="56"/>
        <source>Received &amp;on:</source>
        <translation>Reçue l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="57"/>
        <source>&amp;What is wrong:</source>
        <translation>&amp;Ce qui est faux&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="82"/>
        <source>Describe what is wrong in the document.</source>
        <translation>Décrivez ce qui est faux dans le document.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="85"/>
        <source>Say whose error it is: the OCPM&apos;s or the applicant&apos;s.</source>
        <translation>Indiquez à qui l&apos;erreur est imputable&#xa0;: à l&apos;OCPM ou au requérant.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="70"/>
        <source>OCPM Desk — unexpected error</source>
        <translation>OCPM Desk — erreur inattendue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="80"/>
        <source>Something went wrong in OCPM Desk</source>
        <translation>Un problème est survenu dans OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="83"/>
        <source>Error title</source>
        <translation>Titre de l&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="89"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="91"/>
        <source>An unexpected error occurred at {time}. What you had saved is safe, and refusal drafts are saved in the database as you write them. You may go on working; if the error comes back, quit and start OCPM Desk again.</source>
        <translation>Une erreur inattendue s&apos;est produite à {time}. Ce que vous aviez enregistré est en sécurité, et les brouillons de refus sont enregistrés dans la base de données au fil de la saisie. Vous pouvez continuer à travailler&#xa0;; si l&apos;erreur se reproduit, quittez OCPM Desk et relancez-le.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="101"/>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="103"/>
        <source>Details are in the log file (it holds no personal data):
{path}
Tell the IT service desk the time above and send them this file.</source>
        <translation>Les détails figurent dans le fichier journal (il ne contient aucune donnée personnelle)&#xa0;:
{path}
Indiquez l&apos;heure ci-dessus au service informatique et envoyez-lui ce fichier.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="107"/>
        <source>Kind of error: {kind}</source>
        <translation>Type d&apos;erreur&#xa0;: {kind}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="110"/>
        <source>Kind of error</source>
        <translation>Type d&apos;erreur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="116"/>
        <source>Further errors</source>
        <translation>Autres erreurs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="121"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="122"/>
        <source>Continue working</source>
        <translation>Continuer à travailler</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="125"/>
        <source>Open the log &amp;folder</source>
        <translation>Ouvrir le &amp;dossier du journal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="126"/>
        <source>Open the folder of the log file</source>
        <translation>Ouvrir le dossier du fichier journal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="128"/>
        <source>&amp;Quit OCPM Desk</source>
        <translation>&amp;Quitter OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="129"/>
        <source>Quit OCPM Desk</source>
        <translation>Quitter OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="144"/>
        <source>One more error occurred since.</source>
        <translation>Une autre erreur s&apos;est produite depuis.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/crash.py" line="145"/>
        <source>{count} more errors occurred since.</source>
        <translation>{count} autres erreurs se sont produites depuis.</translation>
    </message>
</context>
<context>
    <name>DataScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/screen.py" line="104"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screen.py" line="139"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screen.py" line="165"/>
        <source>The data could not be loaded</source>
        <translation>Les données n&apos;ont pas pu être chargées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screen.py" line="168"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screen.py" line="181"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screen.py" line="184"/>
        <source>Load the data again from the database (F5)</source>
        <translation>Recharger les données depuis la base de données (F5)</translation>
    </message>
</context>
<context>
    <name>DeadlinesScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="54"/>
        <source>Appeal deadlines</source>
        <extracomment>A deadline this close (calendar days) is shown in the &quot;due&quot; colour.</extracomment>
        <translation>Délais de recours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="58"/>
        <source>Decision no.</source>
        <translation>Décision n°</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="59"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="60"/>
        <source>Shipped on</source>
        <translation>Expédiée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="61"/>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="63"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="65"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="68"/>
        <source>Appeal deadlines of the decisions</source>
        <translation>Délais de recours des décisions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="80"/>
        <source>{count} decision(s), {running} deadline(s) running</source>
        <translation>{count} décision(s), {running} délai(s) en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="86"/>
        <source>No decision issued</source>
        <translation>Aucune décision rendue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deadlines.py" line="86"/>
        <source>Issued refusal decisions appear here once they are shipped, with their appeal deadline.</source>
        <translation>Les décisions de refus rendues apparaissent ici dès leur expédition, avec leur délai de recours.</translation>
    </message>
</context>
<context>
    <name>DeliveryClock</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="137"/>
        <source>On track</source>
        <extracomment>The delivery clock&apos;s buckets (DESIGN §4.2): each one&apos;s label, and what it means.</extracomment>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="139"/>
        <source>Due</source>
        <translation>À échéance</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="141"/>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="138"/>
        <source>fewer than 7 working days since the order</source>
        <translation>moins de 7 jours ouvrables depuis la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="140"/>
        <source>7 to 14 working days since the order</source>
        <translation>de 7 à 14 jours ouvrables depuis la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="142"/>
        <source>more than 14 working days since the order</source>
        <translation>plus de 14 jours ouvrables depuis la commande</translation>
    </message>
</context>
<context>
    <name>DepositListDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="25"/>
        <source>Deposit list of {day}</source>
        <translation>Liste de dépôt du {day}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="29"/>
        <source>{items} registered item(s) · SHA-256 {sha}…</source>
        <translation>{items} envoi(s) recommandé(s) · SHA-256 {sha}…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="33"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="34"/>
        <source>Save the deposit list as PDF</source>
        <translation>Enregistrer la liste de dépôt en PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="36"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="37"/>
        <source>Print the deposit list</source>
        <translation>Imprimer la liste de dépôt</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="52"/>
        <source>Save the deposit list</source>
        <translation>Enregistrer la liste de dépôt</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="53"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="63"/>
        <source>The file could not be written: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être écrit&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="65"/>
        <source>Saved to {path}.</source>
        <translation>Enregistrée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/deposit.py" line="80"/>
        <source>{pages} page(s) printed.</source>
        <translation>{pages} page(s) imprimée(s).</translation>
    </message>
</context>
<context>
    <name>Failure</name>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="119"/>
        <source>The procedure did not succeed: the database cannot be reached. Check the connection and try again.</source>
        <extracomment>A placeholder right after one of these is quoted in its template: a status there keeps its label.</extracomment>
        <translation>La démarche n&apos;a pas abouti&#xa0;: la base de données est injoignable. Vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="130"/>
        <source>Unknown user or wrong password.</source>
        <translation>Utilisateur inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="134"/>
        <source>The procedure did not succeed: your roles do not allow you to {action}.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: vos rôles ne vous autorisent pas à {action}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="138"/>
        <source>The procedure did not succeed: {reason}.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="142"/>
        <source>The procedure did not succeed because of an unexpected error. Try again; if it happens again, tell the IT service desk.</source>
        <translation>La démarche n&apos;a pas abouti en raison d&apos;une erreur inattendue. Réessayez&#xa0;; si le problème persiste, contactez le support informatique.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="152"/>
        <source>This account is locked after repeated failed attempts. Try again after {time}.</source>
        <translation>Ce compte est verrouillé après plusieurs tentatives infructueuses. Réessayez après {time}.</translation>
    </message>
</context>
<context>
    <name>HearingAnswerDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="89"/>
        <source>Answer to the hearing letter — {reference}</source>
        <translation>Réponse à la lettre d&apos;intention — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="90"/>
        <source>Hearing letter sent on {sent}; comments were due by {reply_by}.</source>
        <translation>Lettre d&apos;intention envoyée le {sent}&#xa0;; observations attendues jusqu&apos;au {reply_by}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="92"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="99"/>
        <source>The applicant &amp;answered</source>
        <translation>Le requérant a &amp;répondu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="100"/>
        <source>No answer came &amp;within the time limit</source>
        <translation>Aucune réponse &amp;dans le délai</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="107"/>
        <source>the applicant&apos;s comments, as received</source>
        <translation>les observations du requérant, telles que reçues</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="116"/>
        <source>&amp;Comments:</source>
        <translation>&amp;Observations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="117"/>
        <source>Received &amp;on:</source>
        <translation>Reçues l&amp;e&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="150"/>
        <source>Write the applicant&apos;s comments, or choose “No answer”.</source>
        <translation>Saisissez les observations du requérant, ou choisissez «&#xa0;Aucune réponse&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="153"/>
        <source>The time to comment runs until {date}: “no answer” can be recorded only after it.</source>
        <translation>Le délai pour se déterminer court jusqu&apos;au {date}&#xa0;: «&#xa0;aucune réponse&#xa0;» ne peut être enregistré qu&apos;ensuite.</translation>
    </message>
</context>
<context>
    <name>HearingDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="30"/>
        <source>Right to be heard — {reference}</source>
        <translation>Droit d&apos;être entendu — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="31"/>
        <source>Before a refusal the applicant is heard: a hearing letter gives them 10 days to comment. Record why it is not needed if so.</source>
        <translation>Avant un refus, le requérant est entendu&#xa0;: une lettre d&apos;intention lui donne 10 jours pour se déterminer. Si ce n&apos;est pas nécessaire, indiquez pourquoi.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="33"/>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="60"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="37"/>
        <source>Send a hearing &amp;letter (opens the editor with its preview)</source>
        <translation>Envoyer une &amp;lettre d&apos;intention (ouvre l&apos;éditeur avec son aperçu)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="39"/>
        <source>Hearing the applicant is &amp;not needed</source>
        <translation>L&apos;audition du requérant n&apos;est &amp;pas nécessaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="42"/>
        <source>e.g. the facts come from the register and are not disputed</source>
        <translation>p. ex. les faits ressortent du registre et ne sont pas contestés</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="49"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="60"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="79"/>
        <source>Say why hearing the applicant is not needed.</source>
        <translation>Indiquez pourquoi l&apos;audition du requérant n&apos;est pas nécessaire.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="60"/>
        <source>Put on hold — {reference}</source>
        <extracomment>The shortest written justification of an override, and of a withdrawal note (services.casework says the same).</extracomment>
        <translation>Mettre en attente — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="61"/>
        <source>The order waits in “On hold” until the follow-up date. Say what it waits for.</source>
        <translation>La commande attend dans «&#xa0;En attente&#xa0;» jusqu&apos;à la date de relance. Indiquez ce qu&apos;elle attend.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="62"/>
        <source>&amp;Put on hold</source>
        <translation>&amp;Mettre en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="68"/>
        <source>e.g. waiting for a copy of the passport</source>
        <translation>p. ex. attente d&apos;une copie du passeport</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="75"/>
        <source>choose a date</source>
        <translation>choisir une date</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="77"/>
        <source>&amp;Reason:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="77"/>
        <source>&amp;Follow-up on:</source>
        <translation>&amp;Relance le&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="94"/>
        <source>Give the reason of the hold.</source>
        <translation>Indiquez le motif de la mise en attente.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="98"/>
        <source>Choose a follow-up date after today.</source>
        <translation>Choisissez une date de relance postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="101"/>
        <source>{date} is not a working day; the next one is {next}.</source>
        <translation>Le {date} n&apos;est pas un jour ouvrable&#xa0;; le suivant est le {next}.</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="65"/>
        <source>{size} bytes</source>
        <extracomment>The progress bar counts in steps of this many parts of the file (a file may exceed the 32-bit range in bytes).</extracomment>
        <translation>{size}&#xa0;octets</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="68"/>
        <source>{size} KB</source>
        <translation>{size}&#xa0;Ko</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="70"/>
        <source>{size} MB</source>
        <translation>{size}&#xa0;Mo</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="77"/>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="81"/>
        <source>{seconds} s</source>
        <translation>{seconds}&#xa0;s</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="82"/>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes}&#xa0;min {seconds}&#xa0;s</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="105"/>
        <source>Import orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="110"/>
        <source>An intake file of the e-démarches platform: one order per line (JSON Lines, *.jsonl). Each well-formed line becomes an order in the queues; a line that cannot become an order goes to the quarantine with its reasons. Importing the same file again changes nothing.</source>
        <translation>Un fichier de commandes de la plateforme e-démarches&#xa0;: une commande par ligne (JSON Lines, *.jsonl). Chaque ligne bien formée devient une commande dans les files de travail&#xa0;; une ligne qui ne peut pas devenir une commande va en quarantaine avec ses motifs. Importer à nouveau le même fichier ne change rien.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="119"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="120"/>
        <source>Intake file to import</source>
        <translation>Fichier de commandes à importer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="121"/>
        <source>Choose a .jsonl file (Ctrl+Shift+O) or type its path</source>
        <translation>Choisissez un fichier .jsonl (Ctrl+Maj+O) ou saisissez son chemin</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="133"/>
        <source>Import progress</source>
        <translation>Avancement de l&apos;import</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="137"/>
        <source>%p%</source>
        <translation>%p&#xa0;%</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="149"/>
        <source>Last import</source>
        <translation>Dernier import</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="154"/>
        <source>Lines read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="154"/>
        <source>Imported (new orders)</source>
        <translation>Importées (nouvelles commandes)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="155"/>
        <source>Updated (payment or cancellation)</source>
        <translation>Mises à jour (paiement ou annulation)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="155"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="156"/>
        <source>Quarantined</source>
        <translation>En quarantaine</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="156"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="177"/>
        <source>{count} line(s) waiting in the quarantine (Ctrl+G)</source>
        <translation>{count} ligne(s) en attente dans la quarantaine (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="180"/>
        <source>No line waiting in the quarantine</source>
        <translation>Aucune ligne en attente dans la quarantaine</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="187"/>
        <source>&amp;Choose a file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="188"/>
        <source>Choose the intake file to import</source>
        <translation>Choisir le fichier de commandes à importer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="189"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="190"/>
        <source>Import the chosen file, in the background</source>
        <translation>Importer le fichier choisi, en arrière-plan</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="191"/>
        <source>Ca&amp;ncel the import</source>
        <translation>A&amp;nnuler l&apos;import</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="192"/>
        <source>Stop after the batch being written; what was imported stays</source>
        <translation>S&apos;arrêter après le lot en cours d&apos;écriture&#xa0;; ce qui a été importé reste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="194"/>
        <source>Open the &amp;quarantine</source>
        <translation>Ouvrir la &amp;quarantaine</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="196"/>
        <source>The lines that could not become orders</source>
        <translation>Les lignes qui n&apos;ont pas pu devenir des commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="221"/>
        <source>Choose the intake file</source>
        <translation>Choisir le fichier de commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="222"/>
        <source>Intake files (*.jsonl *.json *.txt);;All files (*)</source>
        <translation>Fichiers de commandes (*.jsonl *.json *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="230"/>
        <source>Ready to import {file}: press Import (Ctrl+I).</source>
        <translation>Prêt à importer {file}&#xa0;: cliquez sur Importer (Ctrl+I).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="251"/>
        <source>Importing {file}… The rest of the window stays usable meanwhile.</source>
        <translation>Import de {file} en cours… Le reste de la fenêtre reste utilisable pendant ce temps.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="263"/>
        <source>Cancelling: the batch being written is finished first…</source>
        <translation>Annulation&#xa0;: le lot en cours d&apos;écriture est d&apos;abord terminé…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="271"/>
        <source>{done} of {total} read</source>
        <translation>{done} lus sur {total}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="273"/>
        <source>{done} read</source>
        <translation>{done} lus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="275"/>
        <source>Importing {file}: {read}.</source>
        <translation>Import de {file}&#xa0;: {read}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="288"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="289"/>
        <source>Import of {file} cancelled after {lines} line(s). What was imported before stays; import the same file again to finish it (the lines already done then count as unchanged).</source>
        <translation>Import de {file} annulé après {lines} ligne(s). Ce qui a été importé jusque-là reste&#xa0;; importez à nouveau le même fichier pour le terminer (les lignes déjà traitées comptent alors comme inchangées).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="296"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="297"/>
        <source>{file} imported: {lines} line(s) read in {duration} — {imported} new order(s), {updated} updated, {unchanged} unchanged, {quarantined} quarantined.</source>
        <translation>{file} importé&#xa0;: {lines} ligne(s) lue(s) en {duration} — {imported} nouvelle(s) commande(s), {updated} mise(s) à jour, {unchanged} inchangée(s), {quarantined} en quarantaine.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="303"/>
        <source>{count} line(s) went to the quarantine: open the Quarantine screen (Ctrl+G) to see why and resolve them.</source>
        <translation>{count} ligne(s) mise(s) en quarantaine&#xa0;: ouvrez l&apos;écran Quarantaine (Ctrl+G) pour en voir les motifs et les résoudre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="313"/>
        <source>The lines read before the problem stay imported; import the same file again once it is solved: they then count as unchanged.</source>
        <translation>Les lignes lues avant le problème restent importées&#xa0;; importez à nouveau le même fichier une fois le problème réglé&#xa0;: elles comptent alors comme inchangées.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="316"/>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="323"/>
        <source>No import running.</source>
        <translation>Aucun import en cours.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="326"/>
        <source>Last import: {file}</source>
        <translation>Dernier import&#xa0;: {file}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/screen.py" line="327"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>IntakeReason</name>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="29"/>
        <source>card number present: the line was masked and not imported; never send card data (G10)</source>
        <extracomment>The translation context of the reasons. Every reason the intake gives, and every part of one (the problem of a field, the words of Python&apos;s json module, the sections of an order), by key: ``intake.&lt;what&gt;``, ``intake.field.*`` (``{where}``: the field&apos;s path in the record, e.g. applicant.avs), ``intake.problem.*`` (the ``{problem}`` of ``intake.field.problem``), ``intake.json.*`` (the ``{detail}`` of ``intake.not_json*``), ``intake.section.*`` (the ``{sections}`` of ``intake.conflict.differs``), ``intake.conflict.*`` (what ``decide`` says). A key never changes once written: the stored rows name it; its English may.</extracomment>
        <translation>numéro de carte présent&#xa0;: la ligne a été masquée et n&apos;a pas été importée&#xa0;; n&apos;envoyez jamais de données de carte (G10)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="31"/>
        <source>nested more than {depth} levels deep: not an order record</source>
        <translation>imbrication de plus de {depth} niveaux&#xa0;: ce n&apos;est pas un enregistrement de commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="32"/>
        <source>a \u escape gives a character that cannot be stored (NUL or a lone surrogate): the platform must send text</source>
        <translation>une séquence \u donne un caractère impossible à enregistrer (NUL ou demi-paire de substitution isolée)&#xa0;: la plateforme doit envoyer du texte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="35"/>
        <source>longer than {size} KiB: not an order record</source>
        <translation>plus de {size} Kio&#xa0;: ce n&apos;est pas un enregistrement de commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="36"/>
        <source>not UTF-8 text (byte {byte} cannot be read): the platform must send UTF-8</source>
        <translation>texte qui n&apos;est pas en UTF-8 (l&apos;octet {byte} est illisible)&#xa0;: la plateforme doit envoyer de l&apos;UTF-8</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="38"/>
        <source>not a JSON object: {detail} (column {column})</source>
        <translation>la ligne n&apos;est pas un objet JSON lisible&#xa0;: {detail} (colonne {column})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="39"/>
        <source>not a JSON object: {detail}</source>
        <translation>la ligne n&apos;est pas un objet JSON lisible&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="41"/>
        <source>not a JSON object but text</source>
        <translation>la ligne n&apos;est pas un objet JSON mais du texte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="42"/>
        <source>not a JSON object but a list</source>
        <translation>la ligne n&apos;est pas un objet JSON mais une liste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="43"/>
        <source>not a JSON object but a number</source>
        <translation>la ligne n&apos;est pas un objet JSON mais un nombre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="44"/>
        <source>not a JSON object but true or false</source>
        <translation>la ligne n&apos;est pas un objet JSON mais une valeur booléenne (true ou false)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="45"/>
        <source>not a JSON object but null</source>
        <translation>la ligne n&apos;est pas un objet JSON mais la valeur null</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="47"/>
        <source>Expecting value</source>
        <translation>valeur attendue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="48"/>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>nom de propriété entre guillemets doubles attendu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="50"/>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>séparateur «&#xa0;:&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="51"/>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>séparateur «&#xa0;,&#xa0;» attendu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="52"/>
        <source>Unterminated string starting at</source>
        <translation>chaîne de caractères non fermée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="53"/>
        <source>Invalid control character at</source>
        <translation>caractère de contrôle non admis</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="54"/>
        <source>Invalid control character {char} at</source>
        <translation>caractère de contrôle {char} non admis</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="55"/>
        <source>Invalid \escape</source>
        <translation>séquence d&apos;échappement \ non valable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="56"/>
        <source>Invalid \escape: {char}</source>
        <translation>séquence d&apos;échappement \ non valable&#xa0;: {char}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="57"/>
        <source>Invalid \uXXXX escape</source>
        <translation>séquence \uXXXX non valable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="58"/>
        <source>Extra data</source>
        <translation>données en trop après l&apos;objet</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="59"/>
        <source>Illegal trailing comma before end of object</source>
        <translation>virgule en trop avant la fin de l&apos;objet</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="61"/>
        <source>Illegal trailing comma before end of array</source>
        <translation>virgule en trop avant la fin de la liste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="63"/>
        <source>{where}: missing</source>
        <translation>{where}&#xa0;: manquant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="64"/>
        <source>{where}: missing (null)</source>
        <translation>{where}&#xa0;: manquant (null)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="65"/>
        <source>{where}: unknown value {value} (expected {expected})</source>
        <translation>{where}&#xa0;: valeur inconnue {value} (valeurs attendues&#xa0;: {expected})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="67"/>
        <source>{where}: must be text, one of {expected} (got {value})</source>
        <translation>{where}&#xa0;: doit être du texte, l&apos;une des valeurs {expected} (reçu&#xa0;: {value})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="69"/>
        <source>{where}: is longer than {maximum} characters and cannot be stored</source>
        <translation>{where}&#xa0;: dépasse {maximum} caractères et ne peut pas être enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="71"/>
        <source>{where}: is empty</source>
        <translation>{where}&#xa0;: vide</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="72"/>
        <source>{where}: {problem}</source>
        <translation>{where}&#xa0;: {problem}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="73"/>
        <source>payment: missing although the status is paid</source>
        <translation>payment&#xa0;: manquant alors que le statut est «&#xa0;paid&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="74"/>
        <source>payment: present although the status is {status} (a payment comes only with status paid)</source>
        <translation>payment&#xa0;: présent alors que le statut est «&#xa0;{status}&#xa0;» (un paiement n&apos;accompagne que le statut «&#xa0;paid&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="77"/>
        <source>must be a date and time as text, e.g. 2026-11-20T09:15:00+01:00</source>
        <translation>doit être une date et une heure sous forme de texte, p. ex. 2026-11-20T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="79"/>
        <source>the date and time has no offset (add +01:00, +02:00 or Z)</source>
        <translation>la date et l&apos;heure n&apos;indiquent pas de décalage horaire (ajoutez +01:00, +02:00 ou Z)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="81"/>
        <source>not an ISO 8601 date and time with offset, e.g. 2026-11-20T09:15:00+01:00</source>
        <translation>n&apos;est pas une date et heure ISO 8601 avec décalage horaire, p. ex. 2026-11-20T09:15:00+01:00</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="83"/>
        <source>not a real date and time</source>
        <translation>n&apos;est pas une date et heure qui existe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="84"/>
        <source>cannot be stored or placed on the Geneva calendar: only dates from {earliest} to {latest} (UTC)</source>
        <translation>ne peut être enregistrée ni placée dans le calendrier genevois&#xa0;: seules les dates du {earliest} au {latest} (UTC) sont admises</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="87"/>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="88"/>
        <source>not a real date</source>
        <translation>n&apos;est pas une date qui existe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="89"/>
        <source>must be an amount as text with two decimals, e.g. &quot;25.00&quot;</source>
        <translation>doit être un montant sous forme de texte avec deux décimales, p. ex. &quot;25.00&quot;</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="91"/>
        <source>must be a non-negative amount with exactly two decimals, e.g. &quot;25.00&quot;</source>
        <translation>doit être un montant positif ou nul avec exactement deux décimales, p. ex. &quot;25.00&quot;</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="93"/>
        <source>is more than CHF 1 000 000.00</source>
        <translation>dépasse CHF 1&apos;000&apos;000.00</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="94"/>
        <source>must be an AVS number as text, e.g. 756.1234.5678.97</source>
        <translation>doit être un numéro AVS sous forme de texte, p. ex. 756.1234.5678.97</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="96"/>
        <source>is not an AVS number (13 digits, written 756.XXXX.XXXX.XX)</source>
        <translation>n&apos;est pas un numéro AVS (13 chiffres, écrits 756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="98"/>
        <source>must be a two-letter language code in lower case (fr, de, it, en…)</source>
        <translation>doit être un code de langue de deux lettres minuscules (fr, de, it, en…)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="100"/>
        <source>must be an ISO 3166 country code of two capital letters (CH, FR…)</source>
        <translation>doit être un code de pays ISO 3166 de deux lettres majuscules (CH, FR…)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="102"/>
        <source>is not an order reference (ED-, the year, -, 8 digits: ED-2026-00012345)</source>
        <translation>n&apos;est pas une référence de commande (ED-, l&apos;année, -, 8 chiffres&#xa0;: ED-2026-00012345)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="104"/>
        <source>unknown service {value} (the catalogue has {services})</source>
        <translation>prestation inconnue {value} (le catalogue contient {services})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="106"/>
        <source>must be a whole number from 1 to {maximum}</source>
        <translation>doit être un nombre entier de 1 à {maximum}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="112"/>
        <source>service, quantity or order date</source>
        <translation>prestation, quantité ou date de commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="113"/>
        <source>applicant</source>
        <translation>requérant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="114"/>
        <source>person concerned</source>
        <translation>personne concernée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="115"/>
        <source>delivery product or address</source>
        <translation>produit postal ou adresse de livraison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="116"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="107"/>
        <source>must be text</source>
        <translation>doit être du texte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="108"/>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="109"/>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="110"/>
        <source>must be true or false</source>
        <translation>doit valoir true ou false</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="118"/>
        <source>order {reference} already exists and was not received through an import: compare it with this line by hand</source>
        <translation>la commande {reference} existe déjà et n&apos;a pas été reçue par un import&#xa0;: comparez-la à la main avec cette ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="121"/>
        <source>differs from order {reference} already imported ({sections}): a change after import is made in OCPM Desk, not by sending the order again</source>
        <translation>diffère de la commande {reference} déjà importée ({sections})&#xa0;: une modification après l&apos;import se fait dans OCPM Desk, pas en renvoyant la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="124"/>
        <source>order {reference} was cancelled before payment: a payment cannot follow; the applicant places a new order</source>
        <translation>la commande {reference} a été annulée avant paiement&#xa0;: aucun paiement ne peut suivre&#xa0;; le requérant passe une nouvelle commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="127"/>
        <source>order {reference} is paid: it can no longer be cancelled and the fee is kept (G2); a withdrawal is recorded by a caseworker</source>
        <translation>la commande {reference} est payée&#xa0;: elle ne peut plus être annulée et l&apos;émolument reste acquis (G2)&#xa0;; un retrait est enregistré par un gestionnaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/reasons.py" line="130"/>
        <source>the payment differs from the one already recorded for order {reference}</source>
        <translation>le paiement diffère de celui déjà enregistré pour la commande {reference}</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="177"/>
        <source>Session locked</source>
        <translation>Session verrouillée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="180"/>
        <source>The session of {username} is locked. Enter your password to continue.</source>
        <translation>La session de {username} est verrouillée. Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="192"/>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="195"/>
        <source>Password of the locked session</source>
        <translation>Mot de passe de la session verrouillée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="205"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="208"/>
        <source>Log &amp;out</source>
        <translation>Se dé&amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="283"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="88"/>
        <source>&amp;Log in</source>
        <extracomment>Width in pixels the database location is shortened to (in the middle: the file name stays visible).</extracomment>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="91"/>
        <source>Login message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="99"/>
        <source>&amp;Settings…</source>
        <translation>P&amp;aramètres…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="101"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="103"/>
        <source>Profiles, default printer, language, idle lock (Ctrl+,)</source>
        <translation>Profils, imprimante par défaut, langue, verrouillage (Ctrl+,)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="232"/>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="235"/>
        <source>Database: {location}</source>
        <translation>Base de données&#xa0;: {location}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="256"/>
        <source>No keyring is available on this workstation: the password will be asked at each login.</source>
        <translation>Aucun trousseau de clés n&apos;est disponible sur ce poste&#xa0;: le mot de passe sera demandé à chaque connexion.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="294"/>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="298"/>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="302"/>
        <source>Enter the server address.</source>
        <translation>Saisissez l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="326"/>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/login.py" line="348"/>
        <source>Choose your own password to continue: log in again with the one-time password.</source>
        <translation>Choisissez votre propre mot de passe pour continuer : reconnectez-vous avec le mot de passe à usage unique.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="20"/>
        <source>OCPM Desk — Log in</source>
        <translation>OCPM Desk — Connexion</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="53"/>
        <source>Cantonal Office for Population and Migration</source>
        <translation>Office cantonal de la population et des migrations</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="86"/>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="103"/>
        <source>&amp;Password</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="120"/>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="146"/>
        <source>Server &amp;address</source>
        <translation>A&amp;dresse du serveur</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="163"/>
        <source>&amp;Remember password</source>
        <translation>&amp;Mémoriser le mot de passe</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="75"/>
        <source>OCPM Desk — {name}</source>
        <extracomment>With live updates the queues&apos; own polling is only a safety net (a listener that could not connect). A change announced while the visible queue is busy (loading, acting) is applied this long after.</extracomment>
        <translation>OCPM Desk — {name}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="124"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="154"/>
        <source>No screens for this account</source>
        <translation>Aucun écran pour ce compte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="156"/>
        <source>The roles of this account ({roles}) give access to no screen of OCPM Desk. The intake account is the web platform&apos;s: it delivers orders, it does not process them. Log out and log in with a staff account.</source>
        <translation>Les rôles de ce compte ({roles}) ne donnent accès à aucun écran d&apos;OCPM Desk. Le compte de réception est celui de la plateforme en ligne&#xa0;: il transmet les commandes, il ne les traite pas. Déconnectez-vous et connectez-vous avec un compte du personnel.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/main_window.py" line="161"/>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="76"/>
        <source>&amp;Log out</source>
        <translation>&amp;Déconnexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="65"/>
        <source>&amp;File</source>
        <extracomment>The navigation entries&apos; shortcuts, in order: Ctrl+1…Ctrl+9 and Ctrl+0, then Alt+1…Alt+9 (a supervisor has 11).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="71"/>
        <source>Loc&amp;k</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="73"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="77"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="83"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="94"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="98"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="99"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="101"/>
        <source>&amp;About OCPM Desk</source>
        <translation>À &amp;propos d&apos;OCPM Desk</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_status.py" line="60"/>
        <source>Logged in as {username}</source>
        <extracomment>While the connection is lost, it is tried again this often (G11: back by itself within 5 s of the server).</extracomment>
        <translation>Connecté en tant que {username}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_status.py" line="63"/>
        <source>Database: {label}</source>
        <translation>Base de données&#xa0;: {label}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_status.py" line="108"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_status.py" line="110"/>
        <source>Connection lost — reconnecting</source>
        <translation>Connexion perdue — reconnexion en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_status.py" line="112"/>
        <source>Checking the connection…</source>
        <translation>Vérification de la connexion…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/window_menus.py" line="66"/>
        <source>&amp;Open an order…</source>
        <translation>&amp;Ouvrir une commande…</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="55"/>
        <source>first name</source>
        <extracomment>Country names in French capitals for the last line of a foreign address; other codes are printed as is.</extracomment>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="56"/>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="57"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="58"/>
        <source>address line</source>
        <translation>complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="59"/>
        <source>street</source>
        <translation>rue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="60"/>
        <source>house number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="61"/>
        <source>dwelling number</source>
        <translation>numéro de logement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="62"/>
        <source>post office box</source>
        <translation>case postale</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="63"/>
        <source>foreign ZIP code</source>
        <translation>code postal étranger</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="64"/>
        <source>town</source>
        <translation>localité</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="117"/>
        <source>salutation code {code!r} is unknown; use 1 (Madame), 2 (Monsieur) or 3 (Mademoiselle)</source>
        <extracomment>the message as its marked template and values (see domain.phrases), for the GUI to translate</extracomment>
        <translation>le code de formule d&apos;appel {code!r} est inconnu&#xa0;; utilisez 1 (Madame), 2 (Monsieur) ou 3 (Mademoiselle)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="125"/>
        <source>{label} is longer than {limit} characters ({length})</source>
        <translation>le champ «&#xa0;{label}&#xa0;» dépasse {limit} caractères ({length})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="128"/>
        <source>{label} contains a line break or another control character</source>
        <translation>le champ «&#xa0;{label}&#xa0;» contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="132"/>
        <source>last name is missing</source>
        <translation>le nom manque</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="134"/>
        <source>town is missing</source>
        <translation>la localité manque</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="136"/>
        <source>street is missing (an address needs a street or a post office box)</source>
        <translation>la rue manque (une adresse a besoin d&apos;une rue ou d&apos;une case postale)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="139"/>
        <source>house number is given without a street</source>
        <translation>un numéro est indiqué sans rue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="142"/>
        <source>country {country!r} is not a two-letter ISO code in capitals such as CH or FR</source>
        <translation>le pays {country!r} n&apos;est pas un code ISO de deux lettres majuscules comme CH ou FR</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="147"/>
        <source>Swiss ZIP code is missing</source>
        <translation>le NPA manque</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="151"/>
        <source>Swiss ZIP code {code!r} is not 4 digits between 1000 and 9999 (optionally followed by a 2-character add-on)</source>
        <translation>le NPA {code!r} n&apos;est pas un nombre de 4 chiffres entre 1000 et 9999 (suivi éventuellement d&apos;un complément de 2 caractères)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="155"/>
        <source>a Swiss address takes a Swiss ZIP code, not a foreign one</source>
        <translation>une adresse en Suisse prend un NPA, pas un code postal étranger</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="158"/>
        <source>an address in {country} cannot have a Swiss ZIP code; use the foreign ZIP code instead</source>
        <translation>une adresse dans le pays {country} ne peut pas avoir de NPA suisse&#xa0;; utilisez le code postal étranger</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="168"/>
        <source>postal product {product!r} is unknown</source>
        <translation>le produit postal {product!r} est inconnu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="171"/>
        <source>{product} is an international product; a Swiss address takes B, A or R</source>
        <translation>{product} est un produit pour l&apos;étranger&#xa0;; une adresse en Suisse prend B, A ou R</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/addresses.py" line="175"/>
        <source>{product} is a domestic product; an address abroad takes INT-ECO, INT-PRIO or INT-R</source>
        <translation>{product} est un produit pour la Suisse&#xa0;; une adresse à l&apos;étranger prend INT-ECO, INT-PRIO ou INT-R</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="59"/>
        <source>{username} is not allowed to {permission}</source>
        <extracomment>a stable name for a refusal that a screen says its own way, with what to do (``keyed``); &quot;&quot; for the others</extracomment>
        <translation>{username} n&apos;a pas l&apos;autorisation requise pour {permission}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="262"/>
        <source>(new order) → {to_status} is not allowed: {reason}</source>
        <extracomment>Orders whose delivery clock runs (G6): paid and not yet decided.</extracomment>
        <translation>le passage (nouvelle commande) → «&#xa0;{to_status}&#xa0;» n&apos;est pas permis&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="265"/>
        <source>{from_status} → {to_status} is not allowed: {reason}</source>
        <translation>le passage «&#xa0;{from_status}&#xa0;» → «&#xa0;{to_status}&#xa0;» n&apos;est pas permis&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="70"/>
        <source>order {reference} was changed by {who} meanwhile at {at:%H:%M:%S}; reload it and try again</source>
        <translation>la commande {reference} a été modifiée entre-temps par {who} à {at:%H:%M:%S}&#xa0;; rechargez-la et réessayez</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="74"/>
        <source>order {reference} was changed by {who} meanwhile; reload it and try again</source>
        <translation>la commande {reference} a été modifiée entre-temps par {who}&#xa0;; rechargez-la et réessayez</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="78"/>
        <source>order {reference} was changed by someone else meanwhile at {at:%H:%M:%S}; reload it and try again</source>
        <translation>la commande {reference} a été modifiée entre-temps par quelqu&apos;un d&apos;autre à {at:%H:%M:%S}&#xa0;; rechargez-la et réessayez</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="82"/>
        <source>order {reference} was changed by someone else meanwhile; reload it and try again</source>
        <translation>la commande {reference} a été modifiée entre-temps par quelqu&apos;un d&apos;autre&#xa0;; rechargez-la et réessayez</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="102"/>
        <source>unknown user or wrong password</source>
        <translation>utilisateur inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="107"/>
        <source>account locked after repeated failures until {until:%H:%M}</source>
        <translation>compte verrouillé après des échecs répétés, jusqu&apos;à {until:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/errors.py" line="118"/>
        <source>the database cannot be reached ({detail})</source>
        <translation>la base de données est injoignable ({detail})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="116"/>
        <source>receive</source>
        <extracomment>Statuses in which an order has an assignee. Statuses an order may be created in by the web platform. The actions&apos; words as messages say them (&quot;only the assignee … may {action}&quot;), marked for the translators.</extracomment>
        <translation>recevoir</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="117"/>
        <source>validate payment</source>
        <translation>valider le paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="118"/>
        <source>cancel</source>
        <translation>annuler</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="119"/>
        <source>claim</source>
        <translation>prendre en charge</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="120"/>
        <source>release</source>
        <translation>libérer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="121"/>
        <source>hold</source>
        <translation>mettre en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="122"/>
        <source>resume</source>
        <translation>reprendre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="123"/>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="124"/>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="68"/>
        <source>propose refusal</source>
        <translation>proposer un refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="125"/>
        <source>return refusal</source>
        <translation>renvoyer une proposition de refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="126"/>
        <source>approve refusal</source>
        <translation>approuver un refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="127"/>
        <source>withdraw</source>
        <translation>enregistrer un retrait</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="128"/>
        <source>print</source>
        <translation>imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="129"/>
        <source>ship</source>
        <translation>expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="130"/>
        <source>deliver</source>
        <translation>enregistrer la distribution</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="131"/>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="81"/>
        <source>record return</source>
        <translation>enregistrer un retour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="132"/>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="72"/>
        <source>send again</source>
        <translation>renvoyer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="133"/>
        <source>reissue</source>
        <translation>établir un nouveau document</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="196"/>
        <source>the lifecycle has no such step</source>
        <translation>le cycle de vie ne prévoit pas cette étape</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/approval.py" line="110"/>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="206"/>
        <source>a refusal must be approved or returned by a supervisor other than its author</source>
        <translation>un refus doit être approuvé ou renvoyé par un autre responsable que son auteur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="210"/>
        <source>only the assignee ({assignee}) or a supervisor may {action}</source>
        <translation>seul le gestionnaire attribué ({assignee}) ou un responsable peut {action}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="212"/>
        <source>only the assignee (nobody) or a supervisor may {action}</source>
        <translation>seul le gestionnaire attribué (aucun) ou un responsable peut {action}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="215"/>
        <source>a caseworker may only claim an order for themselves</source>
        <translation>un gestionnaire ne peut prendre une commande en charge que pour lui-même</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/lifecycle.py" line="218"/>
        <source>{action} is reserved to: {roles}</source>
        <translation>l&apos;action «&#xa0;{action}&#xa0;» est réservée aux rôles suivants&#xa0;: {roles}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="60"/>
        <source>view overview</source>
        <extracomment>A permission&apos;s words as ``PermissionDenied`` says them (&quot;… is not allowed to view order&quot;), marked for the translators: the value with spaces for underscores.</extracomment>
        <translation>consulter la vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="61"/>
        <source>view queues</source>
        <translation>consulter les listes de travail</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="62"/>
        <source>view order</source>
        <translation>consulter une commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="63"/>
        <source>claim order</source>
        <translation>prendre une commande en charge</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="64"/>
        <source>release order</source>
        <translation>libérer une commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="65"/>
        <source>evaluate conditions</source>
        <translation>évaluer les conditions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="66"/>
        <source>override condition</source>
        <translation>forcer une condition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="67"/>
        <source>approve order</source>
        <translation>approuver une commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="69"/>
        <source>hold order</source>
        <translation>mettre une commande en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="70"/>
        <source>record withdrawal</source>
        <translation>enregistrer un retrait</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="71"/>
        <source>handle correction</source>
        <translation>traiter une demande de correction</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="73"/>
        <source>decide refusal</source>
        <translation>décider d&apos;un refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="74"/>
        <source>assign order</source>
        <translation>attribuer une commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="75"/>
        <source>view dashboard</source>
        <translation>consulter le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="76"/>
        <source>view team audit</source>
        <translation>consulter le journal de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="77"/>
        <source>import orders</source>
        <translation>importer des commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="78"/>
        <source>view shipping</source>
        <translation>consulter les expéditions</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="79"/>
        <source>print documents</source>
        <translation>imprimer des documents</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="80"/>
        <source>mark shipped</source>
        <translation>enregistrer une expédition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="82"/>
        <source>record delivery</source>
        <translation>enregistrer une distribution</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="83"/>
        <source>deposit list</source>
        <translation>établir la liste de dépôt</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="84"/>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="85"/>
        <source>manage reference data</source>
        <translation>gérer les données de référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="86"/>
        <source>view reference data</source>
        <translation>consulter les données de référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="87"/>
        <source>view audit</source>
        <translation>consulter le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="88"/>
        <source>verify audit</source>
        <translation>vérifier le journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="89"/>
        <source>receive order</source>
        <translation>recevoir une commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="90"/>
        <source>record payment</source>
        <translation>enregistrer un paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/permissions.py" line="91"/>
        <source>record tracking</source>
        <translation>enregistrer le suivi des envois</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/failures.py" line="72"/>
        <source>“{value}”</source>
        <translation>«&#xa0;{value}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="40"/>
        <source>a user named {name!r} already exists</source>
        <translation>un utilisateur nommé {name!r} existe déjà</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="41"/>
        <source>give the user at least one role (--role)</source>
        <translation>donnez au moins un rôle à l&apos;utilisateur (--role)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="47"/>
        <source>unknown account {name}</source>
        <translation>compte inconnu : {name}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="48"/>
        <source>your one-time password has expired: ask an administrator for a new one</source>
        <translation>votre mot de passe à usage unique a expiré : demandez-en un nouveau à un administrateur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="52"/>
        <source>nothing is pending for {name}</source>
        <extracomment>How long a password set by someone else (a one-time password) lets its holder log in to choose their own.</extracomment>
        <translation>rien n&apos;est en attente pour {name}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="58"/>
        <source>user name {name} is not valid</source>
        <extracomment>The refusals of the database&apos;s own checks (``adapters/migrations/pg_security.py``), said as the services say them (server text → template; the values keep their names).</extracomment>
        <translation>le nom d&apos;utilisateur {name} n&apos;est pas valable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="59"/>
        <source>unknown role {role}</source>
        <translation>rôle inconnu&#xa0;: {role}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="60"/>
        <source>the password must arrive SCRAM-hashed</source>
        <translation>le mot de passe doit arriver haché en SCRAM</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="61"/>
        <source>nobody may give themselves a role</source>
        <translation>personne ne peut s&apos;attribuer un rôle</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="62"/>
        <source>only an administrator may create staff logins</source>
        <translation>seul un administrateur peut créer des comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="64"/>
        <source>only an administrator manages staff accounts</source>
        <translation>seul un administrateur gère les comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="66"/>
        <source>the password must arrive as a well-formed SCRAM-SHA-256 verifier</source>
        <translation>le mot de passe doit arriver sous la forme d&apos;un vérificateur SCRAM-SHA-256 bien formé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="69"/>
        <source>the administrator who asks never knows the password: the one who confirms sets a one-time password, or none (directory)</source>
        <translation>l&apos;administrateur qui demande ne connaît jamais le mot de passe : celui qui confirme donne un mot de passe à usage unique, ou aucun (annuaire)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="75"/>
        <source>a second administrator confirms: not the one who asked, not for themselves, not for an account they created</source>
        <translation>un second administrateur confirme : pas celui qui a demandé, pas pour lui-même, pas pour un compte qu&apos;il a créé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="77"/>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="260"/>
        <source>{name} already has the role {role}</source>
        <extracomment>A one-time password the confirming administrator hands over: valid 72 hours, replaced at the first login.</extracomment>
        <translation>{name} a déjà le rôle {role}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="78"/>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="279"/>
        <source>{name} does not have the role {role}</source>
        <translation>{name} n&apos;a pas le rôle {role}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="79"/>
        <source>no deactivated account {name}</source>
        <translation>aucun compte désactivé nommé {name}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="45"/>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="80"/>
        <source>an administrator does not deactivate their own account</source>
        <translation>un administrateur ne désactive pas son propre compte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="120"/>
        <source>user name {name!r} is not valid: 2–63 characters, lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>le nom d&apos;utilisateur {name!r} n&apos;est pas valable&#xa0;: de 2 à 63 caractères, lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="44"/>
        <source>nobody may create or change their own account&apos;s roles</source>
        <extracomment>What an administrator may not do to their own account.</extracomment>
        <translation>personne ne peut créer son propre compte ni en modifier les rôles</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="154"/>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="403"/>
        <source>a password needs at least {minimum} characters</source>
        <translation>un mot de passe doit compter au moins {minimum} caractères</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="339"/>
        <source>{name} is active already</source>
        <translation>{name} est déjà actif</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/accounts/accounts.py" line="358"/>
        <source>the database refused: {detail}</source>
        <translation>la base de données a refusé&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/audit/trail.py" line="55"/>
        <source>expected head {head!r} is not ID:HASH (an event id, a colon and 64 hexadecimal digits), as &apos;ocpm-desk-admin audit-head&apos; prints it</source>
        <extracomment>Rows fetched per round trip while verifying: memory stays flat whatever the length of the chain.</extracomment>
        <translation>la tête attendue {head!r} n&apos;est pas de la forme ID:HASH (un numéro d&apos;événement, deux-points et 64 chiffres hexadécimaux), telle que l&apos;affiche «&#xa0;ocpm-desk-admin audit-head&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/audit/trail.py" line="448"/>
        <location filename="../../ocpm_desk/features/casework/claiming.py" line="60"/>
        <location filename="../../ocpm_desk/features/casework/review.py" line="149"/>
        <location filename="../../ocpm_desk/features/mailroom/postal_items.py" line="42"/>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="168"/>
        <source>order #{order_id} does not exist</source>
        <extracomment>Entities whose ``entity_id`` is an order id: the services&apos; events (&quot;order&quot;) and, on PostgreSQL, the row-change events the database&apos;s triggers write (named after the table).</extracomment>
        <translation>la commande #{order_id} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="41"/>
        <source>met</source>
        <extracomment>Shortest written justification of an override. Results a caseworker may give: a manual tick, or an override of an automatic result. A condition&apos;s effective result as the messages say it.</extracomment>
        <translation>remplie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="42"/>
        <source>not met</source>
        <translation>non remplie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="43"/>
        <source>unknown</source>
        <translation>indéterminée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="44"/>
        <source>not evaluated</source>
        <translation>pas évaluée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/order_actions.py" line="38"/>
        <source>order {reference} is {status}: its conditions can be changed only while it is in review</source>
        <translation>la commande {reference} a le statut «&#xa0;{status}&#xa0;»&#xa0;: ses conditions ne peuvent être modifiées que pendant l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/order_actions.py" line="43"/>
        <source>only the assignee ({assignee}) or a supervisor may work on the conditions of order {reference}</source>
        <translation>seul le gestionnaire attribué ({assignee}) ou un responsable peut traiter les conditions de la commande {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/order_actions.py" line="46"/>
        <source>only the assignee (nobody) or a supervisor may work on the conditions of order {reference}</source>
        <translation>seul le gestionnaire attribué (aucun) ou un responsable peut traiter les conditions de la commande {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="90"/>
        <source>order {reference} has no condition {code!r} (rule set of {since})</source>
        <translation>la commande {reference} n&apos;a pas de condition {code!r} (jeu de règles du {since})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="96"/>
        <source>a condition is set to &apos;met&apos; or &apos;not_met&apos;, not {value!r}</source>
        <translation>une condition se règle sur «&#xa0;met&#xa0;» ou «&#xa0;not_met&#xa0;», pas sur {value!r}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="100"/>
        <source>{code} is a manual condition: tick it met or not met with a note; it has no override to remove</source>
        <translation>{code} est une condition manuelle&#xa0;: cochez-la remplie ou non remplie, avec une note&#xa0;; elle n&apos;a pas de forçage à retirer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="104"/>
        <source>ticking {code} needs a note saying what was checked</source>
        <translation>cocher {code} demande une note indiquant ce qui a été vérifié</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="121"/>
        <source>the result of {code} is not overridden: there is no override to remove</source>
        <translation>le résultat de {code} n&apos;est pas forcé&#xa0;: il n&apos;y a pas de forçage à retirer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="141"/>
        <source>{code} was never evaluated: evaluate the conditions before overriding a result</source>
        <translation>{code} n&apos;a jamais été évaluée&#xa0;: évaluez les conditions avant de forcer un résultat</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="145"/>
        <source>the automatic result of {code} is already {result}: there is nothing to override</source>
        <translation>le résultat automatique de {code} est déjà «&#xa0;{result}&#xa0;»&#xa0;: il n&apos;y a rien à forcer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/condition_work.py" line="149"/>
        <source>overriding {code} needs a written justification of at least {minimum} characters</source>
        <translation>forcer {code} demande une justification écrite d&apos;au moins {minimum} caractères</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="70"/>
        <source>the conditions of order {reference} were never evaluated: evaluate them before approving</source>
        <extracomment>Shortest note recording a written withdrawal.</extracomment>
        <translation>les conditions de la commande {reference} n&apos;ont jamais été évaluées&#xa0;: évaluez-les avant d&apos;approuver</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="78"/>
        <source>{code} ({result})</source>
        <translation>{code} ({result})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="81"/>
        <source>order {reference} cannot be approved: mandatory conditions not met: {conditions}</source>
        <translation>la commande {reference} ne peut pas être approuvée&#xa0;: conditions obligatoires non remplies&#xa0;: {conditions}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="85"/>
        <source>some conditions of order {reference} were never evaluated: evaluate them before approving</source>
        <translation>certaines conditions de la commande {reference} n&apos;ont jamais été évaluées&#xa0;: évaluez-les avant d&apos;approuver</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="113"/>
        <source>putting an order on hold needs a reason</source>
        <translation>mettre une commande en attente demande un motif</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="115"/>
        <source>the follow-up date must be after today ({today})</source>
        <translation>la date de relance doit être postérieure à aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="120"/>
        <source>the follow-up date {date} is not a working day; the next one is {next}</source>
        <translation>la date de relance du {date} n&apos;est pas un jour ouvrable&#xa0;; le suivant est le {next}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/handling.py" line="154"/>
        <source>recording a withdrawal needs a note of at least {minimum} characters: the date and means of the applicant&apos;s written withdrawal</source>
        <translation>enregistrer un retrait demande une note d&apos;au moins {minimum} caractères&#xa0;: la date et le moyen du retrait écrit du requérant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/claiming.py" line="148"/>
        <location filename="../../ocpm_desk/features/casework/claiming.py" line="197"/>
        <source>no paid order is waiting</source>
        <translation>aucune commande payée n&apos;attend</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/claiming.py" line="224"/>
        <source>there is no active staff member named {name!r}</source>
        <translation>aucun membre actif du personnel ne s&apos;appelle {name!r}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/claiming.py" line="227"/>
        <source>{name} is neither a caseworker nor a supervisor and cannot be assigned orders</source>
        <translation>{name} n&apos;est ni gestionnaire ni responsable et ne peut pas recevoir de commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/claiming.py" line="245"/>
        <source>order {reference} is {status}: only open orders can be assigned</source>
        <translation>la commande {reference} a le statut «&#xa0;{status}&#xa0;»&#xa0;: seules les commandes ouvertes peuvent être attribuées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/infrastructure/database.py" line="48"/>
        <source>reference data is invalid: {detail}</source>
        <extracomment>PostgreSQL: whether the owner may end staff sessions that hold locks (``pg_signal_backend`` and ``pg_read_all_stats``, granted by the server&apos;s administrator); None on SQLite.</extracomment>
        <translation>les données de référence ne sont pas valables&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="41"/>
        <source>draft</source>
        <extracomment>Shortest comment of a returned proposal, and of the reason why hearing is not needed. A decision&apos;s status as the messages say it (&quot;decision #12 is issued&quot;).</extracomment>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="42"/>
        <source>proposed</source>
        <translation>proposée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="43"/>
        <source>returned</source>
        <translation>renvoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="44"/>
        <source>issued</source>
        <translation>émise</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="27"/>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="45"/>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/api.py" line="124"/>
        <source>choose at least one ground of refusal</source>
        <translation>choisissez au moins un motif de refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/api.py" line="127"/>
        <source>state at least one fact</source>
        <translation>indiquez au moins un fait</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/letter_body.py" line="171"/>
        <source>a decision has at most {grounds} grounds and {facts} facts</source>
        <translation>une décision compte au plus {grounds} motifs et {facts} faits</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/letter_body.py" line="178"/>
        <source>ground {code!r} is not in the catalogue in force on the day of payment ({date})</source>
        <translation>le motif {code!r} ne figure pas dans le catalogue en vigueur le jour du paiement ({date})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/letter_body.py" line="182"/>
        <source>ground {code!r} is chosen twice</source>
        <translation>le motif {code!r} est choisi deux fois</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/api.py" line="130"/>
        <source>the text of ground {code} is empty</source>
        <translation>le texte du motif {code} est vide</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/drafting.py" line="59"/>
        <source>the applicant was not heard: send a hearing letter or record why hearing is not needed (LPA art. 41)</source>
        <translation>le requérant n&apos;a pas été entendu&#xa0;: envoyez une lettre d&apos;intention ou enregistrez pourquoi l&apos;audition n&apos;est pas nécessaire (LPA art. 41)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/drafting.py" line="64"/>
        <source>the answer to the hearing letter is not recorded yet (time to comment until {date})</source>
        <translation>la réponse à la lettre d&apos;intention n&apos;est pas encore enregistrée (délai pour se déterminer jusqu&apos;au {date})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="51"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="47"/>
        <source>order {reference} is {status}: {what} only while it is {allowed}</source>
        <translation>la commande {reference} a le statut «&#xa0;{status}&#xa0;»&#xa0;: on ne peut {what} que si son statut est {allowed}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="48"/>
        <source>only the assignee ({assignee}) or a supervisor may {what} on order {reference}</source>
        <translation>seul le gestionnaire attribué ({assignee}) ou un responsable peut {what} pour la commande {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="50"/>
        <source>only the assignee (nobody) or a supervisor may {what} on order {reference}</source>
        <translation>seul le gestionnaire attribué (aucun) ou un responsable peut {what} pour la commande {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/drafting.py" line="54"/>
        <source>propose a refusal</source>
        <translation>proposer un refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="113"/>
        <source>order {reference} already has a refusal proposal waiting for approval</source>
        <translation>la commande {reference} a déjà une proposition de refus en attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/drafting.py" line="116"/>
        <source>write a refusal</source>
        <translation>rédiger un refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/api.py" line="148"/>
        <source>the refusal of order {reference} cannot be submitted: {problems}</source>
        <extracomment>The message of ``RefusalNotReady``, by ``hearing_letter``.</extracomment>
        <translation>le refus de la commande {reference} ne peut pas être soumis&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="55"/>
        <source>send a hearing letter</source>
        <translation>envoyer une lettre d&apos;intention</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="59"/>
        <source>a hearing letter for order {reference} is still waiting for its answer</source>
        <translation>une lettre d&apos;intention pour la commande {reference} attend encore sa réponse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/api.py" line="149"/>
        <source>the hearing letter of order {reference} cannot be sent: {problems}</source>
        <translation>la lettre d&apos;intention de la commande {reference} ne peut pas être envoyée&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="97"/>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="125"/>
        <source>record the hearing</source>
        <translation>enregistrer l&apos;audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="99"/>
        <source>a hearing letter for order {reference} is waiting for its answer: record the answer (or that none came) instead</source>
        <translation>une lettre d&apos;intention pour la commande {reference} attend sa réponse&#xa0;: enregistrez plutôt la réponse (ou qu&apos;aucune n&apos;est venue)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="103"/>
        <source>say why hearing the applicant is not needed, in at least {minimum} characters (LPA art. 41)</source>
        <translation>indiquez en au moins {minimum} caractères pourquoi l&apos;audition du requérant n&apos;est pas nécessaire (LPA art. 41)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="128"/>
        <source>order {reference} has no hearing letter waiting for an answer</source>
        <translation>la commande {reference} n&apos;a pas de lettre d&apos;intention en attente de réponse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="133"/>
        <source>an answer received on a date needs its content (a summary of the comments)</source>
        <translation>une réponse reçue à une date demande son contenu (un résumé des observations)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="136"/>
        <source>the time to comment runs until {date}: &apos;no answer&apos; can be recorded only after it</source>
        <translation>le délai pour se déterminer court jusqu&apos;au {date}&#xa0;: «&#xa0;aucune réponse&#xa0;» ne peut être enregistré qu&apos;ensuite</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="141"/>
        <source>say on which day the applicant&apos;s comments were received</source>
        <translation>indiquez le jour où les observations du requérant ont été reçues</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/hearing.py" line="144"/>
        <source>the comments&apos; date must lie between the hearing letter ({sent}) and today ({today})</source>
        <translation>la date des observations doit se situer entre la lettre d&apos;intention ({sent}) et aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/common.py" line="156"/>
        <source>decision #{id} does not exist</source>
        <translation>la décision #{id} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/approval.py" line="85"/>
        <source>decision #{id} is {decision_status}, not a proposal waiting for approval</source>
        <translation>la décision #{id} a le statut «&#xa0;{decision_status}&#xa0;»&#xa0;: ce n&apos;est pas une proposition en attente d&apos;approbation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/approval.py" line="106"/>
        <source>decision #{id} is {decision_status}: only a proposal waiting for approval can be approved or returned</source>
        <translation>la décision #{id} a le statut «&#xa0;{decision_status}&#xa0;»&#xa0;: seule une proposition en attente d&apos;approbation peut être approuvée ou renvoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/approval.py" line="114"/>
        <source>decision #{id}: its content no longer matches its recorded SHA-256; it cannot be approved</source>
        <translation>décision #{id}&#xa0;: son contenu ne correspond plus à son empreinte SHA-256 enregistrée&#xa0;; elle ne peut pas être approuvée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/approval.py" line="118"/>
        <source>the proposal changed since you read it (SHA-256 {read}… is no longer its content, now {now}…): read it again</source>
        <translation>la proposition a changé depuis que vous l&apos;avez lue (SHA-256 {read}… n&apos;est plus son contenu, désormais {now}…)&#xa0;: relisez-la</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/approval.py" line="171"/>
        <source>returning a proposal needs a comment of at least {minimum} characters telling its author what to change</source>
        <translation>renvoyer une proposition demande un commentaire d&apos;au moins {minimum} caractères indiquant à son auteur ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/originals.py" line="36"/>
        <source>decision {number}: no sealed audit event of its issue vouches for the archived PDF; it is not handed out as the original — report it</source>
        <translation>décision {number} : aucun événement d&apos;audit scellé de son émission ne garantit le PDF archivé ; il n&apos;est pas remis comme original — signalez-le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/originals.py" line="43"/>
        <source>decision #{id} is {decision_status}: only an issued decision has an original</source>
        <translation>la décision #{id} a le statut «&#xa0;{decision_status}&#xa0;»&#xa0;: seule une décision émise a un original</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/originals.py" line="33"/>
        <source>decision {number}: the archived PDF does not match its recorded SHA-256 (recorded {recorded}, found {found}); it was altered — report it, do not send it</source>
        <translation>décision {number}&#xa0;: le PDF archivé ne correspond pas à son empreinte SHA-256 enregistrée (enregistrée {recorded}, trouvée {found})&#xa0;; il a été altéré — signalez-le, ne l&apos;envoyez pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="82"/>
        <location filename="../../ocpm_desk/features/refusals/originals.py" line="99"/>
        <source>no order has the reference {reference!r}</source>
        <translation>aucune commande n&apos;a la référence {reference!r}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/originals.py" line="107"/>
        <source>order {reference} has no issued decision numbered {number}</source>
        <translation>la commande {reference} n&apos;a pas de décision émise portant le numéro {number}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/refusals/originals.py" line="109"/>
        <source>order {reference} has no issued decision</source>
        <translation>la commande {reference} n&apos;a pas de décision émise</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/demo/reference.py" line="32"/>
        <source>the reference data has no {what} in force on {date:%d.%m.%Y}; run init-db with complete data</source>
        <translation>les données de référence n&apos;ont pas de {what} en vigueur le {date:%d.%m.%Y}&#xa0;; lancez init-db avec des données complètes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/demo/orders.py" line="298"/>
        <source>fee schedule for {service}</source>
        <translation>barème des émoluments pour {service}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/demo/orders.py" line="300"/>
        <source>postal tariff for {product}</source>
        <translation>tarif postal pour {product}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/demo/orders.py" line="302"/>
        <source>condition rule set for {service}</source>
        <translation>jeu de règles de conditions pour {service}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/demo/seed.py" line="191"/>
        <source>the number of orders cannot be negative ({orders})</source>
        <extracomment>Tables the services write to in phase 2 (their counts in the summary are read back from the database).</extracomment>
        <translation>le nombre de commandes ne peut pas être négatif ({orders})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/demo/seed.py" line="212"/>
        <source>the database already holds {count} orders; use --reset to replace them</source>
        <translation>la base de données contient déjà {count} commandes&#xa0;; utilisez --reset pour les remplacer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/attestations.py" line="45"/>
        <source>the person of order {reference} is not in the population register: no attestation can be made</source>
        <translation>la personne de la commande {reference} ne figure pas dans le registre de la population&#xa0;: aucune attestation ne peut être établie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/batches.py" line="134"/>
        <source>lines {first}–{last} could not be written: another import or a caseworker changed the same orders meanwhile; run the import again (what is done stays)</source>
        <extracomment>How long a batch waits, inside its transaction, for the batch before it to commit; then it gives up its transaction and waits outside (see ``_Yield``): a batch never holds locks for long while it waits.</extracomment>
        <translation>les lignes {first} à {last} n&apos;ont pas pu être écrites&#xa0;: un autre import ou un gestionnaire a modifié les mêmes commandes entre-temps&#xa0;; relancez l&apos;import (ce qui est fait reste acquis)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/imports.py" line="100"/>
        <source>the batch size must be at least 1 line</source>
        <extracomment>PostgreSQL: this many batches are written at once, each by its own connection in its own transaction: the server checks and indexes the rows of one on a core while the other&apos;s are prepared, sent and checked on the other. A batch commits after the one before it; what it updates of the orders that batch wrote, it writes after that batch committed (``apply_batch``). SQLite has one writer: one batch at a time. An input of at least this many bytes is read and checked in a separate process (``ProcessReader``): threads share one interpreter lock, so a reading thread slowed the writes as much as it saved (measured: 100 000 lines on PostgreSQL, 5 000–5 900 lines/s so, 4 500–5 100 with the checks in the writers&apos; process). Smaller inputs and standard input are read in the calling thread.</extracomment>
        <translation>un lot compte au moins 1 ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/quarantine.py" line="51"/>
        <source>say in at least {minimum} characters what was done about this line</source>
        <translation>indiquez en au moins {minimum} caractères ce qui a été fait pour cette ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/quarantine.py" line="56"/>
        <source>quarantined line {id} does not exist</source>
        <translation>la ligne en quarantaine {id} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/quarantine.py" line="58"/>
        <source>this line was already resolved by {who} on {date:%d.%m.%Y}</source>
        <translation>cette ligne a déjà été résolue par {who} le {date:%d.%m.%Y}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/reference/letterhead.py" line="19"/>
        <source>the letterhead (setting &apos;letterhead&apos;) is not valid: run init-db to restore it</source>
        <translation>l&apos;en-tête des lettres (paramètre «&#xa0;letterhead&#xa0;») n&apos;est pas valable&#xa0;: lancez init-db pour le rétablir</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/reference/letterhead.py" line="22"/>
        <source>the letterhead is not configured (setting &apos;letterhead&apos;): run init-db</source>
        <translation>l&apos;en-tête des lettres n&apos;est pas configuré (paramètre «&#xa0;letterhead&#xa0;»)&#xa0;: lancez init-db</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="26"/>
        <source>refused</source>
        <extracomment>An order&apos;s outcome as the messages say it (&quot;order … was refused&quot;).</extracomment>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="28"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/postal_items.py" line="87"/>
        <source>no postal tariff of product {product} is in force on {date}</source>
        <extracomment>Postal products and tariffs are reference data that change a few times a year: kept per engine and day for a minute, so that a scan costs one query for the order and nothing for its product (bench/mailroom.py).</extracomment>
        <translation>aucun tarif postal du produit {product} n&apos;est en vigueur le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/postal_items.py" line="112"/>
        <source>unknown postal product {code!r}</source>
        <translation>produit postal inconnu&#xa0;: {code!r}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="71"/>
        <source>{key!r} is not a printable document</source>
        <extracomment>The columns of a decision the mail room may read (its PostgreSQL grants), as ``postal_items.ORDER_COLUMNS``.</extracomment>
        <translation>{key!r} n&apos;est pas un document imprimable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="119"/>
        <source>choose at least one document to print</source>
        <translation>choisissez au moins un document à imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="121"/>
        <source>a document is chosen twice</source>
        <translation>un document est choisi deux fois</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="125"/>
        <source>{count} of the chosen documents no longer wait to be printed (printed or changed meanwhile): refresh the list</source>
        <translation>{count} des documents choisis n&apos;attendent plus d&apos;être imprimés (imprimés ou modifiés entre-temps)&#xa0;: actualisez la liste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="199"/>
        <source>an order of the batch changed meanwhile: nothing was marked; refresh the list and print the rest again</source>
        <translation>une commande du lot a changé entre-temps&#xa0;: rien n&apos;a été marqué&#xa0;; actualisez la liste et imprimez à nouveau le reste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="215"/>
        <source>print between 1 and 20 copies</source>
        <translation>imprimez entre 1 et 20 exemplaires</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="222"/>
        <source>unknown print destination {kind!r}: a printer or a PDF file</source>
        <translation>destination d&apos;impression inconnue {kind!r}&#xa0;: une imprimante ou un fichier PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="227"/>
        <source>the print system did not accept the job: {detail}; nothing was marked printed</source>
        <translation>le système d&apos;impression n&apos;a pas accepté la tâche&#xa0;: {detail}&#xa0;; rien n&apos;a été marqué imprimé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/printing.py" line="237"/>
        <source>a print job needs its identifier</source>
        <translation>une tâche d&apos;impression a besoin de son identifiant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="64"/>
        <source>order {reference} is {status}: nothing of it waits to be shipped (print it first)</source>
        <translation>la commande {reference} a le statut «&#xa0;{status}&#xa0;»&#xa0;: rien n&apos;en attend d&apos;être expédié (imprimez-la d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="79"/>
        <source>scan an order barcode (ED-YYYY-NNNNNNNN)</source>
        <translation>scannez le code-barres d&apos;une commande (ED-AAAA-NNNNNNNN)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="106"/>
        <source>{product} is registered: scan the item number before shipping</source>
        <translation>{product} est un envoi recommandé&#xa0;: scannez le numéro d&apos;envoi avant d&apos;expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="111"/>
        <source>a UPU S10 number like RR123456785CH</source>
        <translation>un numéro UPU S10 comme RR123456785CH</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="112"/>
        <source>a Swiss Post number 98.xx.xxxxxx.xxxxxxxx</source>
        <translation>un numéro de la Poste suisse 98.xx.xxxxxx.xxxxxxxx</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="113"/>
        <source>{number!r} is not a valid item number for {product}: expected {expected} (check digit included)</source>
        <translation>{number!r} n&apos;est pas un numéro d&apos;envoi valable pour {product}&#xa0;: attendu {expected} (chiffre de contrôle compris)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="117"/>
        <source>{product} is not registered: it has no item number</source>
        <translation>{product} n&apos;est pas un envoi recommandé&#xa0;: il n&apos;a pas de numéro d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="146"/>
        <source>item number {number} was already used for order {reference}: take a new label</source>
        <translation>le numéro d&apos;envoi {number} a déjà servi pour la commande {reference}&#xa0;: prenez une nouvelle étiquette</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/shipping.py" line="149"/>
        <source>item number {number} was already used for order another item: take a new label</source>
        <translation>le numéro d&apos;envoi {number} a déjà servi pour un autre envoi&#xa0;: prenez une nouvelle étiquette</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="51"/>
        <source>no shipped item has the number or order reference {code!r}</source>
        <translation>aucun envoi expédié n&apos;a le numéro ou la référence de commande {code!r}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="63"/>
        <source>the reason of a return is one of: {reasons}</source>
        <translation>le motif d&apos;un retour est l&apos;un des suivants&#xa0;: {reasons}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="67"/>
        <source>say what the other reason of the return is</source>
        <translation>indiquez quel est l&apos;autre motif du retour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="72"/>
        <source>the item of order {reference} is already recorded as returned</source>
        <translation>l&apos;envoi de la commande {reference} est déjà enregistré comme retourné</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="110"/>
        <source>the decision of order {reference} was not collected: it counts as notified on {date} and is not sent again (LPA art. 62 al. 4)</source>
        <extracomment>Each field of a postal address and the ``orders`` column that keeps it (``addr_`` + field, ``addr_line``).</extracomment>
        <translation>la décision de la commande {reference} n&apos;a pas été retirée&#xa0;: elle est réputée notifiée le {date} et n&apos;est pas renvoyée (LPA art. 62 al. 4)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="113"/>
        <source>the decision of order {reference} was not collected: it counts as notified and is not sent again (LPA art. 62 al. 4)</source>
        <translation>la décision de la commande {reference} n&apos;a pas été retirée&#xa0;: elle est réputée notifiée et n&apos;est pas renvoyée (LPA art. 62 al. 4)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="120"/>
        <source>unknown address fields: {fields}</source>
        <translation>champs d&apos;adresse inconnus&#xa0;: {fields}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/returns.py" line="129"/>
        <source>the corrected address is not valid: {problems}</source>
        <translation>l&apos;adresse corrigée n&apos;est pas valable&#xa0;: {problems}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/tracking.py" line="56"/>
        <source>a tracking file has at most {maximum} lines</source>
        <extracomment>Tracking events that change something; any other event is kept in ``tracking_events`` only. What delivery tracking reads of an order (the intake login imports tracking too, and reads no address).</extracomment>
        <translation>un fichier de suivi compte au plus {maximum} lignes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/tracking.py" line="66"/>
        <source>line {line}: expected item number, event, date</source>
        <translation>ligne {line}&#xa0;: n° d&apos;envoi, événement et date attendus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/tracking.py" line="72"/>
        <source>line {line}: {value!r} is not a date (YYYY-MM-DD or DD.MM.YYYY)</source>
        <translation>ligne {line}&#xa0;: {value!r} n&apos;est pas une date (AAAA-MM-JJ ou JJ.MM.AAAA)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/tracking.py" line="104"/>
        <source>{item}: delivered on {date}, before it was shipped</source>
        <translation>{item}&#xa0;: distribué le {date}, avant d&apos;avoir été expédié</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/deposit_lists.py" line="46"/>
        <source>no registered item was shipped on {date}: there is no deposit list</source>
        <translation>aucun envoi recommandé n&apos;a été expédié le {date}&#xa0;: il n&apos;y a pas de liste de dépôt</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/deposit_lists.py" line="83"/>
        <source>deposit list #{id} does not exist</source>
        <translation>la liste de dépôt #{id} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/deposit_lists.py" line="85"/>
        <source>deposit list #{id} no longer matches its recorded SHA-256</source>
        <translation>la liste de dépôt #{id} ne correspond plus à son empreinte SHA-256 enregistrée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="41"/>
        <source>a correction is attributable to the OCPM (&apos;ocpm&apos;) or to the applicant (&apos;applicant&apos;)</source>
        <translation>une correction est imputable à l&apos;OCPM («&#xa0;ocpm&#xa0;») ou au requérant («&#xa0;applicant&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="44"/>
        <source>describe the correction requested in at least {minimum} characters</source>
        <translation>décrivez la correction demandée en au moins {minimum} caractères</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="47"/>
        <source>the request cannot have been received after today ({today})</source>
        <translation>la demande ne peut pas avoir été reçue après aujourd&apos;hui ({today})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="53"/>
        <source>order {reference} is {status}: corrections are requested on shipped or delivered orders</source>
        <translation>la commande {reference} a le statut «&#xa0;{status}&#xa0;»&#xa0;: une correction se demande sur une commande expédiée ou distribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="57"/>
        <source>order {reference} was {outcome}: a decision is not corrected by a reissue (the applicant may appeal it)</source>
        <translation>la commande {reference} a été {outcome}&#xa0;: une décision ne se corrige pas par un nouveau document (le requérant peut faire recours)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/mailroom/corrections.py" line="62"/>
        <source>the request cannot have been received before the order</source>
        <translation>la demande ne peut pas avoir été reçue avant la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/review.py" line="63"/>
        <source>no condition rule set of {service} was in force on {date}</source>
        <translation>aucun jeu de règles de conditions de {service} n&apos;était en vigueur le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/review.py" line="172"/>
        <source>condition {code} of the rule set has no automatic evaluator</source>
        <translation>la condition {code} du jeu de règles n&apos;a pas d&apos;évaluation automatique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/files.py" line="34"/>
        <source>the file {name} cannot be read: {detail}</source>
        <translation>le fichier {name} ne peut pas être lu&#xa0;: {detail}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/intake/files.py" line="41"/>
        <source>the file {name} could not be read to the end: {detail}; what was imported before stays, import the same file again</source>
        <translation>le fichier {name} n&apos;a pas pu être lu jusqu&apos;au bout&#xa0;: {detail}&#xa0;; ce qui a été importé avant reste acquis, importez à nouveau le même fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/phrases.py" line="69"/>
        <source>; </source>
        <extracomment>The translation context of the errors&apos; messages (``DomainError``). the stable name of a phrase that is stored (``domain.notes``); &quot;&quot; for a message that is only said The separator of a list of reasons (French puts a non-breaking space before it).</extracomment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/infrastructure/printing.py" line="171"/>
        <source>Could not print on “{printer}”: the print command “{command}” was not found. Install CUPS (Debian package cups-client) or choose another printer.</source>
        <translation>Impossible d&apos;imprimer sur «&#xa0;{printer}&#xa0;»&#xa0;: la commande d&apos;impression «&#xa0;{command}&#xa0;» est introuvable. Installez CUPS (paquet Debian cups-client) ou choisissez une autre imprimante.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/infrastructure/printing.py" line="184"/>
        <source>Could not print on “{printer}”: the print system did not answer within {seconds:.0f} s. Check that CUPS is running, then print again.</source>
        <translation>Impossible d&apos;imprimer sur «&#xa0;{printer}&#xa0;»&#xa0;: le système d&apos;impression n&apos;a pas répondu dans les {seconds:.0f}&#xa0;s. Vérifiez que CUPS fonctionne, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/infrastructure/printing.py" line="188"/>
        <source>Could not print on “{printer}”: {command} could not be started ({detail}).</source>
        <translation>Impossible d&apos;imprimer sur «&#xa0;{printer}&#xa0;»&#xa0;: {command} n&apos;a pas pu être lancé ({detail}).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/infrastructure/printing.py" line="195"/>
        <source>{command} exited with status {status}</source>
        <translation>{command} s&apos;est terminé avec le code {status}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/infrastructure/printing.py" line="197"/>
        <source>The print system did not accept the job for printer “{printer}”: {reason}. Check the printer name and that it is accepting jobs, then print again.</source>
        <translation>Le système d&apos;impression n&apos;a pas accepté la tâche pour l&apos;imprimante «&#xa0;{printer}&#xa0;»&#xa0;: {reason}. Vérifiez le nom de l&apos;imprimante et qu&apos;elle accepte les tâches, puis imprimez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/infrastructure/printing.py" line="270"/>
        <source>Could not write the print file {path}: {detail}. Check that the folder exists and that you may write to it, or choose another file.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;impression {path}&#xa0;: {detail}. Vérifiez que le dossier existe et que vous pouvez y écrire, ou choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="60"/>
        <source>Overview</source>
        <extracomment>Status counts are not personal data: every staff role sees the overview, the intake account does not. Caseworkers and supervisors work the queues; auditors look (the screen offers them no action). The supervisors decide the refusals, and follow the appeal deadlines of the decisions they sign (DESIGN §4.3). The supervisors run intake files and resolve their quarantined lines (DESIGN §6); the intake account delivers orders through the CLI, it has no screen. Auditors and supervisors (DESIGN §2); the service checks the permission again.</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="68"/>
        <source>Decisions to approve</source>
        <translation>Décisions à approuver</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="75"/>
        <source>Appeal deadlines</source>
        <translation>Délais de recours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="82"/>
        <source>To print</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="89"/>
        <source>To ship</source>
        <translation>À expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="96"/>
        <source>Catalogue</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="103"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="111"/>
        <source>Import orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/navigation.py" line="118"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="25"/>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="26"/>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="27"/>
        <source>You logged in as {user} with a one-time password. Choose your own password (at least {minimum} characters) to continue.</source>
        <translation>Vous vous êtes connecté·e comme {user} avec un mot de passe à usage unique. Choisissez votre propre mot de passe (au moins {minimum} caractères) pour continuer.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="33"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="33"/>
        <source>New password again</source>
        <translation>Nouveau mot de passe, à nouveau</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="37"/>
        <source>Password message</source>
        <translation>Message du mot de passe</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="41"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="41"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="67"/>
        <source>The password needs at least {minimum} characters.</source>
        <translation>Le mot de passe doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/new_password.py" line="70"/>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>Note</name>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="83"/>
        <location filename="../../ocpm_desk/kernel/notes.py" line="84"/>
        <source>{text}</source>
        <extracomment>The translation context of the stored phrases. The kinds of code a phrase may carry; the GUI says each by its label (a condition by the title its rule set gives). Every phrase OCPM Desk stores, by key. Placeholders are named; their values are typed as the module says.</extracomment>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="86"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="87"/>
        <source>Right to be heard: comments expected by {date} (LPA art. 41)</source>
        <translation>Droit d&apos;être entendu&#xa0;: observations attendues jusqu&apos;au {date} (LPA art. 41)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="88"/>
        <source>Right to be heard: the hearing letter is not notified yet (LPA art. 41)</source>
        <translation>Droit d&apos;être entendu&#xa0;: la lettre d&apos;audition n&apos;est pas encore notifiée (LPA art. 41)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="91"/>
        <source>{met} met, {not_met} not met, {unknown} unknown</source>
        <translation>{met} remplie(s), {not_met} non remplie(s), {unknown} indéterminée(s)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="92"/>
        <source>{reason} (follow-up on {date})</source>
        <translation>{reason} (relance le {date})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="93"/>
        <source>{note} — the fee paid ({amount}) is kept, not refunded (G2)</source>
        <translation>{note} — l&apos;émolument payé ({amount}) reste acquis, il n&apos;est pas remboursé (CG 2)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="94"/>
        <source>{condition}: {result} — {text}</source>
        <translation>{condition}&#xa0;: {result} — {text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="95"/>
        <source>{condition}: {before} → {after} — {text}</source>
        <translation>{condition}&#xa0;: {before} → {after} — {text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="96"/>
        <source>{condition}: override {result} removed</source>
        <translation>{condition}&#xa0;: forçage «&#xa0;{result}&#xa0;» retiré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="97"/>
        <source>{condition}: override {result} removed — {text}</source>
        <translation>{condition}&#xa0;: forçage «&#xa0;{result}&#xa0;» retiré — {text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="99"/>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="100"/>
        <source>{count} ground(s): {grounds}</source>
        <translation>{count} motif(s)&#xa0;: {grounds}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="101"/>
        <source>hearing letter sent; comments by {reply_by} (follow-up on {follow_up})</source>
        <translation>lettre d&apos;audition envoyée&#xa0;; observations jusqu&apos;au {reply_by} (relance le {follow_up})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="103"/>
        <source>hearing: comments received on {date}</source>
        <translation>audition&#xa0;: observations reçues le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="104"/>
        <source>hearing: no comments within the time limit</source>
        <translation>audition&#xa0;: aucune observation dans le délai</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="105"/>
        <source>decision {number}</source>
        <translation>décision {number}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="106"/>
        <source>returned: {text}</source>
        <translation>renvoyée&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="107"/>
        <source>{source}, line {line}</source>
        <translation>{source}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="108"/>
        <source>printed: job {job} on {destination}</source>
        <translation>imprimé&#xa0;: tâche {job} sur {destination}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="109"/>
        <source>printed: daily run of {date}</source>
        <translation>imprimé&#xa0;: tournée du {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="110"/>
        <source>{product}</source>
        <translation>{product}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="111"/>
        <source>{product} {number}</source>
        <translation>{product} {number}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="112"/>
        <source>returned: {reason}</source>
        <translation>retourné&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="113"/>
        <source>returned: {reason} — {text}</source>
        <translation>retourné&#xa0;: {reason} — {text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="114"/>
        <source>sent again</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="115"/>
        <source>sent again; address corrected ({fields})</source>
        <translation>renvoyé&#xa0;; adresse corrigée ({fields})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="116"/>
        <source>delivered on {date} ({item})</source>
        <translation>distribué le {date} ({item})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="117"/>
        <source>reissue (error attributable to OCPM): {text}</source>
        <translation>réémission (erreur imputable à l&apos;OCPM)&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="118"/>
        <source>attributable to the applicant — a new order is needed (G5): {text}</source>
        <translation>imputable au demandeur — une nouvelle commande est nécessaire (CG 5)&#xa0;: {text}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="121"/>
        <source>The person concerned was not found in the register.</source>
        <translation>La personne concernée est introuvable dans le registre de la population.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="122"/>
        <source>The person concerned was not found in the register; check by hand.</source>
        <translation>La personne concernée est introuvable dans le registre de la population&#xa0;; vérifiez à la main.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="124"/>
        <source>The order has not been paid.</source>
        <translation>La commande n&apos;a pas été payée.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="125"/>
        <source>No fee schedule or postage tariff is known at the payment date; check the amount by hand.</source>
        <translation>Aucun barème d&apos;émolument ou tarif postal n&apos;est connu à la date du paiement&#xa0;; vérifiez le montant à la main.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="127"/>
        <source>The amount due cannot be computed; check it by hand.</source>
        <translation>Le montant dû ne peut pas être calculé&#xa0;; vérifiez-le à la main.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="129"/>
        <source>The amount paid covers the {due} due.</source>
        <translation>Le montant payé couvre les {due} dus.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="130"/>
        <source>The amount paid is {short} short of the {due} due.</source>
        <translation>Il manque {short} au montant payé sur les {due} dus.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="131"/>
        <source>The identity given matches the register.</source>
        <translation>L&apos;identité donnée correspond au registre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="132"/>
        <source>Differs from the register: {fields}.</source>
        <translation>Diffère du registre&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="133"/>
        <source>Differs from the register: {fields}. The AVS number given is not a valid one (756.XXXX.XXXX.XC with a correct check digit).</source>
        <translation>Diffère du registre&#xa0;: {fields}. Le n° AVS donné n&apos;est pas valable (756.XXXX.XXXX.XC avec une clé de contrôle correcte).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="136"/>
        <source>The person is registered in Geneva.</source>
        <translation>La personne est domiciliée à Genève.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="137"/>
        <source>The register shows no current residence in Geneva.</source>
        <translation>Le registre n&apos;indique aucun domicile actuel à Genève.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="139"/>
        <source>The register holds {count} Geneva residence(s).</source>
        <translation>Le registre compte {count} séjour(s) à Genève.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="141"/>
        <source>The register holds no Geneva residence.</source>
        <translation>Le registre ne compte aucun séjour à Genève.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="142"/>
        <source>The person is a Swiss citizen.</source>
        <translation>La personne est de nationalité suisse.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="143"/>
        <source>The register does not record Swiss citizenship.</source>
        <translation>Le registre n&apos;indique pas la nationalité suisse.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="144"/>
        <source>The person still lives in Geneva.</source>
        <translation>La personne habite encore à Genève.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="145"/>
        <source>The register records no departure from Geneva.</source>
        <translation>Le registre n&apos;indique aucun départ de Genève.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="147"/>
        <source>The register records a departure from Geneva.</source>
        <translation>Le registre indique un départ de Genève.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="148"/>
        <source>The applicant is the adult person concerned.</source>
        <translation>Le demandeur est la personne concernée, majeure.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="150"/>
        <source>The applicant is a minor ordering for themselves; check the consent of a legal representative.</source>
        <translation>Le demandeur est mineur et commande pour lui-même&#xa0;; vérifiez l&apos;accord d&apos;un représentant légal.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="152"/>
        <source>The applicant orders for another adult; check the power of attorney.</source>
        <translation>Le demandeur commande pour un autre adulte&#xa0;; vérifiez la procuration.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="154"/>
        <source>The person concerned was not found in the register, so the legal representative cannot be checked; check by hand.</source>
        <translation>La personne concernée est introuvable dans le registre, le représentant légal ne peut donc pas être contrôlé&#xa0;; vérifiez à la main.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="157"/>
        <source>The applicant is the recorded legal representative of the minor concerned.</source>
        <translation>Le demandeur est le représentant légal enregistré du mineur concerné.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="159"/>
        <source>The applicant is not recorded as the minor&apos;s legal representative today; check the power of attorney.</source>
        <translation>Le demandeur n&apos;est pas enregistré comme représentant légal du mineur à ce jour&#xa0;; vérifiez la procuration.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="162"/>
        <source>The address is complete and the postal product suits the destination.</source>
        <translation>L&apos;adresse est complète et le produit postal convient à la destination.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="164"/>
        <source>The delivery cannot go out as given; check: {fields}.</source>
        <translation>L&apos;envoi ne peut pas partir tel quel&#xa0;; à vérifier&#xa0;: {fields}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="166"/>
        <source>The service was available on the order date.</source>
        <translation>La prestation était proposée à la date de la commande.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="168"/>
        <source>The service was ordered before it was offered.</source>
        <translation>La prestation a été commandée avant d&apos;être proposée.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="170"/>
        <source>The service was ordered after it was withdrawn.</source>
        <translation>La prestation a été commandée après son retrait du catalogue.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="173"/>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="174"/>
        <source>offered from {start}</source>
        <translation>proposée dès le {start}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="175"/>
        <source>offered from {start} to {end}</source>
        <translation>proposée du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="176"/>
        <source>the applicant</source>
        <translation>le demandeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/kernel/notes.py" line="177"/>
        <source>another person</source>
        <translation>une autre personne</translation>
    </message>
</context>
<context>
    <name>OpenOrderDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="367"/>
        <source>Open an order</source>
        <translation>Ouvrir une commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="368"/>
        <source>Type the reference of the order (on the applicant&apos;s receipt or letter).</source>
        <translation>Saisissez la référence de la commande (sur la quittance ou le courrier du demandeur).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="369"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="378"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="391"/>
        <source>Type a reference such as ED-2026-00000012.</source>
        <translation>Saisissez une référence du type ED-2026-00000012.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="402"/>
        <source>No order has the reference {reference}.</source>
        <translation>Aucune commande ne porte la référence {reference}.</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="46"/>
        <source>“{condition}” ({result})</source>
        <extracomment>A result&apos;s text colour and the tint behind it (None: not evaluated yet).</extracomment>
        <translation>«&#xa0;{condition}&#xa0;» ({result})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="49"/>
        <source>Cannot be approved yet: these mandatory conditions are neither met nor overridden — {conditions}.</source>
        <translation>Approbation impossible pour l&apos;instant&#xa0;: ces conditions obligatoires ne sont ni remplies ni forcées — {conditions}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_page.py" line="45"/>
        <source>Applicant and person concerned</source>
        <translation>Demandeur et personne concernée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_page.py" line="55"/>
        <source>Decision and hearing</source>
        <translation>Décision / audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_page.py" line="60"/>
        <source>Delivery and payment</source>
        <translation>Livraison et paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_page.py" line="69"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="57"/>
        <source>not assigned</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="64"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="66"/>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="160"/>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="192"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="67"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="68"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="69"/>
        <source>Ordered on</source>
        <translation>Commandée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="71"/>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="168"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="72"/>
        <source>Delivery clock</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="75"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="85"/>
        <source>⚠ This service is no longer offered. Orders already placed are processed to the end (general terms, G4).</source>
        <translation>⚠ Cette prestation n&apos;est plus proposée. Les commandes déjà passées sont traitées jusqu&apos;au bout (conditions générales, G4).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="91"/>
        <source>⚠ Refusal proposal returned by the supervisor: {comment}</source>
        <translation>⚠ Proposition de refus retournée par le responsable&#xa0;: {comment}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="98"/>
        <source>On hold: {reason} — follow-up on {date}</source>
        <translation>En attente&#xa0;: {reason} — relance le {date}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="35"/>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="36"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="37"/>
        <source>withdrawn (the fee is kept)</source>
        <translation>retirée (l&apos;émolument reste acquis)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="38"/>
        <source>cancelled before payment</source>
        <translation>annulée avant paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="106"/>
        <source>— (the clock runs only for paid orders not yet decided)</source>
        <translation>— (le délai ne court que pour les commandes payées pas encore tranchées)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="112"/>
        <source>1 working day</source>
        <translation>1 jour ouvrable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="114"/>
        <source>{count} working days</source>
        <translation>{count} jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="129"/>
        <source>Applicant, who is also the person concerned</source>
        <translation>Demandeur, qui est aussi la personne concernée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="133"/>
        <source>✗ Not found in the population register: nothing to compare with.</source>
        <translation>✗ Introuvable dans le registre de la population&#xa0;: rien à comparer.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="112"/>
        <source>Field</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="185"/>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="114"/>
        <source>In the order</source>
        <translation>Dans la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="116"/>
        <source>In the register</source>
        <translation>Dans le registre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="118"/>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="106"/>
        <source>= same</source>
        <extracomment>A field that differs from the register: a light red behind the row, red words.</extracomment>
        <translation>= identique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="108"/>
        <source>? not found</source>
        <translation>? introuvable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="109"/>
        <source>≠ differs</source>
        <translation>≠ différent</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="147"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="150"/>
        <source>Postal product</source>
        <translation>Produit postal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="159"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="165"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="166"/>
        <source>Provider reference</source>
        <translation>Référence du prestataire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="169"/>
        <source>Fee</source>
        <translation>Émolument</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="179"/>
        <source>Postage</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="181"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_facts.py" line="175"/>
        <source>of which VAT {rate}: {amount}</source>
        <translation>dont TVA {rate}&#xa0;: {amount}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="137"/>
        <source>{person}: the order beside the register</source>
        <translation>{person} : la commande à côté du registre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="58"/>
        <source>Legal conditions</source>
        <translation>Conditions légales</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="80"/>
        <source>No condition to show.</source>
        <translation>Aucune condition à afficher.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="91"/>
        <source>Not evaluated</source>
        <translation>Pas évaluée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="92"/>
        <source>(overridden)</source>
        <translation>(forcé)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="148"/>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="149"/>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="150"/>
        <source>{kind} · {evaluator} · legal basis: {basis}</source>
        <translation>{kind} · {evaluator} · base légale&#xa0;: {basis}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="99"/>
        <source>To be ticked by hand, with a note saying what was checked.</source>
        <translation>À cocher à la main, avec une note indiquant ce qui a été vérifié.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="102"/>
        <source>Evaluated automatically when the caseworker who took the order opens it.</source>
        <translation>Évaluée automatiquement quand la personne qui a pris la commande l&apos;ouvre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="113"/>
        <source>Note by {person}: {note}</source>
        <translation>Note de {person}&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="114"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="125"/>
        <source>Overridden by {person}: “{automatic}” → “{forced}”. Justification: {justification}</source>
        <translation>Forcé par {person}&#xa0;: «&#xa0;{automatic}&#xa0;» → «&#xa0;{forced}&#xa0;». Justification&#xa0;: {justification}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="128"/>
        <source>Overridden: “{automatic}” → “{forced}”. Justification: {justification}</source>
        <translation>Forcé&#xa0;: «&#xa0;{automatic}&#xa0;» → «&#xa0;{forced}&#xa0;». Justification&#xa0;: {justification}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="185"/>
        <source>Checked</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="186"/>
        <source>Register or tariff</source>
        <translation>Registre ou tarif</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="191"/>
        <source>✓ matches</source>
        <translation>✓ concorde</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_conditions.py" line="192"/>
        <source>✗ does not match</source>
        <translation>✗ ne concorde pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="37"/>
        <source>Right to be heard</source>
        <extracomment>Opens an issued decision&apos;s PDF: ``(decision_id, copy)`` (the original, or a copy marked COPIE).</extracomment>
        <translation>Droit d&apos;être entendu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="41"/>
        <source>Hearing letter (SHA-256)</source>
        <translation>Lettre d&apos;intention (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="51"/>
        <source>Version {number} — {status}</source>
        <translation>Version {number} — {status}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="54"/>
        <source>decision no. {number}</source>
        <translation>décision n° {number}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="58"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="60"/>
        <source>Proposed on</source>
        <translation>Proposée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="63"/>
        <source>Decided by</source>
        <translation>Décidée par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="65"/>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="69"/>
        <source>Hearing</source>
        <translation>Audition</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="72"/>
        <source>Content (SHA-256)</source>
        <translation>Contenu (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="75"/>
        <source>Archived PDF (SHA-256)</source>
        <translation>PDF archivé (SHA-256)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="78"/>
        <source>Returned with this comment: {comment}</source>
        <translation>Retournée avec ce commentaire&#xa0;: {comment}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="88"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="90"/>
        <source>The archived original, as signed (Ctrl+Shift+O for the latest)</source>
        <translation>L&apos;original archivé, tel que signé (Ctrl+Maj+O pour la dernière)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="92"/>
        <source>Print a copy…</source>
        <translation>Imprimer une copie…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_decisions.py" line="94"/>
        <source>A copy marked COPIE, saved to a file (Ctrl+Shift+P for the latest)</source>
        <translation>Une copie marquée COPIE, enregistrée dans un fichier (Ctrl+Maj+P pour la dernière)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="153"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="155"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="156"/>
        <source>Item number</source>
        <translation>Numéro d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="158"/>
        <source>Shipped</source>
        <translation>Expédié le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="162"/>
        <source>Return reason</source>
        <translation>Motif du retour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="164"/>
        <source>Delivered on</source>
        <translation>Distribuée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="166"/>
        <source>Notified on</source>
        <translation>Notifiée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="168"/>
        <source>Appeal deadline</source>
        <translation>Délai de recours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="172"/>
        <source>Shipments of the order</source>
        <translation>Envois de la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_page.py" line="98"/>
        <location filename="../../ocpm_desk/gui/casework/order_page.py" line="104"/>
        <source>Shipments</source>
        <translation>Envois</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_page.py" line="101"/>
        <source>The shipments could not be loaded: {reason}</source>
        <translation>Les envois n&apos;ont pas pu être chargés&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="188"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="190"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="191"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="193"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_tables.py" line="196"/>
        <source>History of the order</source>
        <translation>Historique de la commande</translation>
    </message>
</context>
<context>
    <name>OrderScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="94"/>
        <source>Order</source>
        <extracomment>Statuses of an order that may have shipments to show (shipped once, possibly returned or reissued since).</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="115"/>
        <source>Order {reference}</source>
        <translation>Commande {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="131"/>
        <source>Load the order again from the database (F5)</source>
        <translation>Recharger la commande depuis la base de données (F5)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="77"/>
        <source>&amp;Back to the list</source>
        <extracomment>What a worker runs: ``job(session, order_id, version)`` → the order as it now stands.</extracomment>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="78"/>
        <source>Back to the queue this order was opened from</source>
        <translation>Revenir à la liste d&apos;où la commande a été ouverte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="80"/>
        <source>Claim the &amp;next one</source>
        <translation>Prendre la &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="81"/>
        <source>Take the order waiting longest and open it</source>
        <translation>Prendre la commande qui attend depuis le plus longtemps et l&apos;ouvrir</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="83"/>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="84"/>
        <source>Take this order: it goes to My orders</source>
        <translation>Prendre cette commande&#xa0;: elle va dans Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="86"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="87"/>
        <source>Give this order back to “To process”</source>
        <translation>Rendre cette commande à «&#xa0;À traiter&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="89"/>
        <source>Put on &amp;hold…</source>
        <translation>&amp;Mettre en attente…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="90"/>
        <source>Wait for a document or an answer, until a follow-up date</source>
        <translation>Attendre un document ou une réponse, jusqu&apos;à une date de relance</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="92"/>
        <source>Res&amp;ume</source>
        <translation>Re&amp;prendre l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="93"/>
        <source>End the hold and go on with the review</source>
        <translation>Mettre fin à l&apos;attente et poursuivre l&apos;examen</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="95"/>
        <source>&amp;Approve…</source>
        <translation>Appr&amp;ouver…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="96"/>
        <source>Grant the order: the documents go to the mail room</source>
        <translation>Accorder la commande&#xa0;: les documents partent au courrier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="98"/>
        <source>Record a &amp;withdrawal…</source>
        <translation>Enregistrer un re&amp;trait…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="99"/>
        <source>The applicant withdrew in writing; the fee is kept</source>
        <translation>Le demandeur s&apos;est retiré par écrit&#xa0;; l&apos;émolument reste acquis</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="196"/>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="101"/>
        <source>Assi&amp;gn…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="102"/>
        <source>Give this order to a caseworker (supervisor)</source>
        <translation>Confier cette commande à un gestionnaire (responsable)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="104"/>
        <source>&amp;Evaluate again</source>
        <translation>Réé&amp;valuer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="105"/>
        <source>Run the automatic conditions again (overrides are kept)</source>
        <translation>Réévaluer les conditions automatiques (les forçages sont conservés)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="107"/>
        <source>&amp;Tick or override…</source>
        <translation>&amp;Cocher ou forcer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="108"/>
        <source>Tick a manual condition or override an automatic result</source>
        <translation>Cocher une condition manuelle ou forcer un résultat automatique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="110"/>
        <source>Right to be &amp;heard…</source>
        <translation>Droit d&apos;être &amp;entendu…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="111"/>
        <source>Before a refusal: send a hearing letter, or record why it is not needed</source>
        <translation>Avant un refus&#xa0;: envoyer une lettre d&apos;intention, ou indiquer pourquoi ce n&apos;est pas nécessaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="114"/>
        <source>Answer to the hearing &amp;letter…</source>
        <translation>Réponse à la &amp;lettre d&apos;intention…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="115"/>
        <source>Record the applicant&apos;s comments, or that none came in time</source>
        <translation>Enregistrer les observations du requérant, ou qu&apos;aucune n&apos;est arrivée à temps</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="117"/>
        <source>Propose a re&amp;fusal…</source>
        <translation>Proposer un re&amp;fus…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="118"/>
        <source>Open the refusal editor: grounds, facts and the letter&apos;s preview</source>
        <translation>Ouvrir l&apos;éditeur de refus&#xa0;: motifs, faits et aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="121"/>
        <source>&amp;Decide the refusal…</source>
        <translation>&amp;Décider le refus…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="122"/>
        <source>Approve or return the refusal proposed on this order (supervisor)</source>
        <translation>Approuver ou retourner le refus proposé sur cette commande (responsable)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="125"/>
        <source>&amp;Open the decision (PDF)</source>
        <translation>&amp;Ouvrir la décision (PDF)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="127"/>
        <source>The archived original of the latest issued decision</source>
        <translation>L&apos;original archivé de la dernière décision émise</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="129"/>
        <source>&amp;Print a copy of the decision…</source>
        <translation>&amp;Imprimer une copie de la décision…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="131"/>
        <source>A copy marked COPIE of the latest issued decision, saved to a file</source>
        <translation>Une copie marquée COPIE de la dernière décision émise, enregistrée dans un fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="133"/>
        <source>Co&amp;rrection request…</source>
        <translation>Demande de co&amp;rrection…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="134"/>
        <source>The applicant says the document is wrong: reissue (OCPM&apos;s error) or a new order</source>
        <translation>Le requérant signale une erreur dans le document&#xa0;: nouveau document (erreur de l&apos;OCPM) ou nouvelle commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="137"/>
        <source>&amp;Send again…</source>
        <translation>Ren&amp;voyer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="138"/>
        <source>A returned order goes back to the mail room, to the same or a corrected address</source>
        <translation>Une commande retournée repart au courrier, à la même adresse ou à une adresse corrigée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="194"/>
        <source>Reassi&amp;gn…</source>
        <translation>Réattri&amp;buer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="199"/>
        <source>Grant the order: the documents go to the mail room (Ctrl+Shift+A)</source>
        <translation>Accorder la commande&#xa0;: les documents partent au courrier (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="162"/>
        <source>Another action is still on its way; try again in a moment.</source>
        <translation>Une autre action est encore en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="167"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="186"/>
        <source>Order {reference} was changed by {person} meanwhile. It has been reloaded: check it, then try again.</source>
        <translation>La commande {reference} a été modifiée entre-temps par {person}. Elle a été rechargée&#xa0;: vérifiez-la, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="188"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="192"/>
        <source>No paid order is waiting: nothing to take.</source>
        <translation>Aucune commande payée n&apos;attend&#xa0;: rien à prendre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="214"/>
        <source>Order {reference} is yours: it is in My orders.</source>
        <translation>La commande {reference} est à vous&#xa0;: elle est dans Mes dossiers.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="218"/>
        <source>Order {reference} released: it is back in “To process”.</source>
        <translation>Commande {reference} libérée&#xa0;: elle est de retour dans «&#xa0;À traiter&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="222"/>
        <source>The review of order {reference} goes on.</source>
        <translation>L&apos;examen de la commande {reference} reprend.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="227"/>
        <source>Conditions evaluated again.</source>
        <translation>Conditions réévaluées.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="239"/>
        <source>Order {reference} is on hold until {date}.</source>
        <translation>La commande {reference} est en attente jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="248"/>
        <source>Order {reference} approved. Take the next one with Ctrl+Shift+N.</source>
        <translation>Commande {reference} approuvée. Prenez la suivante avec Ctrl+Maj+N.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="261"/>
        <source>Withdrawal of order {reference} recorded; the fee is kept.</source>
        <translation>Retrait de la commande {reference} enregistré&#xa0;; l&apos;émolument reste acquis.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="275"/>
        <source>Condition saved.</source>
        <translation>Condition enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="283"/>
        <source>Reassign — {reference}</source>
        <translation>Réattribuer — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="288"/>
        <source>Assign — {reference}</source>
        <translation>Attribuer — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="284"/>
        <source>Order {reference} is assigned to {person}. Choose who takes it over.</source>
        <translation>La commande {reference} est attribuée à {person}. Choisissez qui la reprend.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="289"/>
        <source>Choose who takes order {reference}.</source>
        <translation>Choisissez qui prend la commande {reference}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="298"/>
        <source>Order {reference} assigned to {person}.</source>
        <translation>Commande {reference} attribuée à {person}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="333"/>
        <source>Recorded: hearing the applicant is not needed. The refusal may now be proposed (Ctrl+Shift+X).</source>
        <translation>Enregistré&#xa0;: l&apos;audition du requérant n&apos;est pas nécessaire. Le refus peut maintenant être proposé (Ctrl+Maj+X).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="349"/>
        <source>The answer to the hearing letter of order {reference} is recorded.</source>
        <translation>La réponse à la lettre d&apos;intention de la commande {reference} est enregistrée.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="379"/>
        <source>Correction recorded: order {reference} is approved again, its new document goes to the mail room (no new fee).</source>
        <translation>Correction enregistrée&#xa0;: la commande {reference} est à nouveau approuvée, son nouveau document part au courrier (sans nouvel émolument).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="382"/>
        <source>Correction request recorded on order {reference}: the applicant is told that a new order is needed.</source>
        <translation>Demande de correction enregistrée sur la commande {reference}&#xa0;: le requérant est informé qu&apos;une nouvelle commande est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="397"/>
        <source>Order {reference} goes back to “To ship”.</source>
        <translation>La commande {reference} retourne dans «&#xa0;À expédier&#xa0;».</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="264"/>
        <source>Fetching the decision…</source>
        <translation>Lecture de la décision…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="280"/>
        <source>The copy could not be written: {reason}</source>
        <translation>La copie n&apos;a pas pu être écrite&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="282"/>
        <source>Copy of the decision saved to {path}.</source>
        <translation>Copie de la décision enregistrée dans {path}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="285"/>
        <source>Decision — {reference}</source>
        <translation>Décision — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="292"/>
        <source>Save a copy of the decision</source>
        <translation>Enregistrer une copie de la décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order.py" line="293"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="307"/>
        <source>Taking the next order…</source>
        <translation>Prise de la commande suivante…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="314"/>
        <source>Order {reference} taken: it is in My orders.</source>
        <translation>Commande {reference} prise&#xa0;: elle est dans Mes dossiers.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/screen.py" line="297"/>
        <source>&amp;Orders</source>
        <extracomment>Read the data again whenever the screen shows (another screen may have changed what it lists).</extracomment>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/order_actions.py" line="194"/>
        <source>The procedure did not succeed: this action is no longer possible on this order. Reload it (F5) to see where it stands.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: cette action n&apos;est plus possible sur cette commande. Rechargez-la (F5) pour voir où elle en est.</translation>
    </message>
</context>
<context>
    <name>OrderText</name>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="46"/>
        <source>Met</source>
        <extracomment>``met``, ``not_met``, ``unknown``, or None for a manual condition not ticked yet.</extracomment>
        <translation>Remplie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="47"/>
        <source>Not met</source>
        <translation>Non remplie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="48"/>
        <source>Unknown</source>
        <translation>Indéterminée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="49"/>
        <source>To tick</source>
        <translation>À cocher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="59"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="60"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="68"/>
        <source>AVS number</source>
        <translation>N° AVS</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="69"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="70"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="71"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="72"/>
        <source>Fee</source>
        <translation>Émolument</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="73"/>
        <source>Postage</source>
        <translation>Frais de port</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="74"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="75"/>
        <source>Current residence</source>
        <translation>Domicile actuel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="76"/>
        <source>Geneva residences</source>
        <translation>Séjours à Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="77"/>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="173"/>
        <source>Swiss citizen</source>
        <translation>Nationalité suisse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="78"/>
        <source>Departure</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="79"/>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="201"/>
        <source>Person concerned</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="82"/>
        <source>Legal representative</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="83"/>
        <source>Order date</source>
        <translation>Date de la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="84"/>
        <source>Postal product</source>
        <translation>Produit postal</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="85"/>
        <source>Salutation</source>
        <translation>Formule d&apos;appel</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="86"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="87"/>
        <source>House number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="88"/>
        <source>Postcode</source>
        <translation>NPA</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="89"/>
        <source>Foreign postcode</source>
        <translation>Code postal étranger</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="90"/>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="91"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="92"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="93"/>
        <source>Address line</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="94"/>
        <source>Dwelling number</source>
        <translation>Numéro de logement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="95"/>
        <source>Post office box</source>
        <translation>Case postale</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="109"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="110"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="174"/>
        <source>Not a Swiss citizen</source>
        <translation>Pas de nationalité suisse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="182"/>
        <source>Commune: {value}</source>
        <translation>Commune&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="183"/>
        <source>Left Geneva on {value}</source>
        <translation>Départ de Genève le {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="184"/>
        <source>Geneva residences in the register: {value}</source>
        <translation>Séjours à Genève au registre&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="185"/>
        <source>Nationality: {value}</source>
        <translation>Nationalité&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="186"/>
        <source>Residence permit: {value}</source>
        <translation>Permis de séjour&#xa0;: {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="200"/>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="210"/>
        <source>Order received</source>
        <translation>Commande reçue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="211"/>
        <source>Payment validated</source>
        <translation>Paiement validé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="212"/>
        <source>Cancelled before payment</source>
        <translation>Annulée avant paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="213"/>
        <source>Claimed</source>
        <translation>Prise en charge</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="214"/>
        <source>Released</source>
        <translation>Libérée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="215"/>
        <source>Reassigned</source>
        <translation>Réattribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="216"/>
        <source>Assigned</source>
        <translation>Attribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="217"/>
        <source>Put on hold</source>
        <translation>Mise en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="218"/>
        <source>Review resumed</source>
        <translation>Examen repris</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="219"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="220"/>
        <source>Refusal proposed</source>
        <translation>Refus proposé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="221"/>
        <source>Refusal proposal returned</source>
        <translation>Proposition de refus renvoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="222"/>
        <source>Refusal approved</source>
        <translation>Refus approuvé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="223"/>
        <source>Withdrawal recorded</source>
        <translation>Retrait enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="224"/>
        <source>Documents printed</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="225"/>
        <source>Handed to the post</source>
        <translation>Remise à la poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="226"/>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="412"/>
        <source>Delivered</source>
        <translation>Distribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="227"/>
        <source>Returned by the post</source>
        <translation>Retournée par la poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="228"/>
        <source>Sent again</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="229"/>
        <source>Reissued (error attributable to OCPM)</source>
        <translation>Réémise (erreur imputable à l&apos;OCPM)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="230"/>
        <source>Conditions evaluated</source>
        <translation>Conditions évaluées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="231"/>
        <source>Condition ticked</source>
        <translation>Condition cochée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="232"/>
        <source>Result overridden</source>
        <translation>Résultat forcé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="233"/>
        <source>Override removed</source>
        <translation>Forçage retiré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/order_detail.py" line="90"/>
        <source>No rule set was in force on the payment date.</source>
        <translation>Aucun jeu de règles n&apos;était en vigueur à la date du paiement.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="297"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="298"/>
        <source>Proposed to a supervisor</source>
        <translation>Proposée à un responsable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="299"/>
        <source>Returned to its author</source>
        <translation>Retournée à son auteur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="300"/>
        <source>Issued (signed)</source>
        <translation>Émise (signée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="301"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="307"/>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="308"/>
        <source>hearing letter sent</source>
        <extracomment>``letter_sent`` / ``letter`` or ``not_needed`` (``DecisionVersion.hearing``, ``ProposalRow.hearing``).</extracomment>
        <translation>lettre envoyée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="309"/>
        <source>hearing not needed</source>
        <translation>audition non nécessaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="332"/>
        <source>The order is {status}: a refusal is submitted only while it is in review. Go back to the order (Esc).</source>
        <translation>La commande a le statut «&#xa0;{status}&#xa0;»&#xa0;: un refus ne peut être soumis que pendant l&apos;examen. Revenez à la commande (Échap).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="343"/>
        <source>No answer to the hearing letter is recorded yet (time to comment until {date}): record it on the order, or that none came (Ctrl+Shift+Y).</source>
        <translation>Aucune réponse à la lettre d&apos;intention n&apos;est encore enregistrée (délai pour se déterminer jusqu&apos;au {date})&#xa0;: enregistrez-la sur la commande, ou indiquez qu&apos;aucune n&apos;est parvenue (Ctrl+Maj+Y).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="352"/>
        <source>The ground {ground} has no text: write its paragraph or untick it.</source>
        <translation>Le motif {ground} n&apos;a pas de texte&#xa0;: rédigez son paragraphe ou décochez-le.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="355"/>
        <source>The grounds {grounds} have no text: write their paragraphs or untick them.</source>
        <translation>Les motifs {grounds} n&apos;ont pas de texte&#xa0;: rédigez leurs paragraphes ou décochez-les.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="359"/>
        <source>State at least one fact (Ctrl+Shift+I adds a line).</source>
        <translation>Indiquez au moins un fait (Ctrl+Maj+I ajoute une ligne).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="339"/>
        <source>The applicant has not been heard yet: send a hearing letter, or record why it is not needed (Ctrl+Shift+L on the order).</source>
        <translation>Le requérant n&apos;a pas encore été entendu&#xa0;: envoyez une lettre d&apos;intention, ou indiquez pourquoi ce n&apos;est pas nécessaire (Ctrl+Maj+L sur la commande).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="347"/>
        <source>Choose at least one ground.</source>
        <translation>Choisissez au moins un motif.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="336"/>
        <source>Only the assignee of the order or a supervisor may propose a refusal.</source>
        <translation>Seul le gestionnaire de la commande ou un responsable peut proposer un refus.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="234"/>
        <source>Hearing not needed</source>
        <translation>Audition non nécessaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="235"/>
        <source>Hearing answer recorded</source>
        <translation>Réponse à l&apos;audition enregistrée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="236"/>
        <source>Correction request recorded</source>
        <translation>Demande de correction enregistrée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="371"/>
        <source>The applicant has not been heard yet.</source>
        <translation>Le requérant n&apos;a pas encore été entendu.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="373"/>
        <source>Hearing not needed (recorded by {person} on {date}): {reason}</source>
        <translation>Audition non nécessaire (enregistré par {person} le {date})&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="376"/>
        <source>Hearing letter sent on {sent}; comments by {reply_by}.</source>
        <translation>Lettre d&apos;intention envoyée le {sent}&#xa0;; observations jusqu&apos;au {reply_by}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="379"/>
        <source>No answer recorded yet.</source>
        <translation>Aucune réponse enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="381"/>
        <source>No answer came within the time limit.</source>
        <translation>Aucune réponse dans le délai.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="382"/>
        <source>Answer received on {date}: {answer}</source>
        <translation>Réponse reçue le {date}&#xa0;: {answer}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="391"/>
        <source>Attestation</source>
        <extracomment>``PrintItem.content`` / ``ScanItem.content``: what the envelope holds.</extracomment>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="392"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="393"/>
        <source>Hearing letter</source>
        <translation>Lettre d&apos;intention</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="402"/>
        <source>Not collected</source>
        <extracomment>The postal reasons of a return (``record_return(reason=…)``), in the order the dialog offers them.</extracomment>
        <translation>Non réclamé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="403"/>
        <source>Unknown address</source>
        <translation>Adresse inconnue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="404"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="405"/>
        <source>Moved</source>
        <translation>Déménagé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="406"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="411"/>
        <source>Shipped</source>
        <translation>Expédié</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="413"/>
        <source>Returned</source>
        <translation>Retourné</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="420"/>
        <source>Not notified</source>
        <translation>Non notifiée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="423"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="425"/>
        <source>Running — last day today</source>
        <translation>En cours — dernier jour aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="427"/>
        <source>Running — 1 day left</source>
        <translation>En cours — 1 jour restant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="428"/>
        <source>Running — {days} days left</source>
        <translation>En cours — {days} jours restants</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="430"/>
        <source>Over</source>
        <translation>Échu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="80"/>
        <source>Aged 18 or over</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="81"/>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="175"/>
        <source>Under 18</source>
        <translation>Moins de 18 ans</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="171"/>
        <source>Lives in Geneva</source>
        <translation>Domicile à Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="172"/>
        <source>No current residence in Geneva</source>
        <translation>Aucun domicile actuel à Genève</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="176"/>
        <source>18 or over</source>
        <translation>18 ans ou plus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="181"/>
        <source>In Geneva since {value}</source>
        <translation>À Genève depuis le {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="187"/>
        <source>Legal representation of {value}</source>
        <translation>Représentation légale de {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="188"/>
        <source>Legally represented by {value}</source>
        <translation>Représentation légale par {value}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/order_detail.py" line="96"/>
        <source>Rule set {service}, in force from {start} to {end}</source>
        <translation>Jeu de règles {service}, en vigueur du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/features/casework/order_detail.py" line="93"/>
        <source>Rule set {service}, in force from {start}</source>
        <translation>Jeu de règles {service}, en vigueur dès le {start}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="271"/>
        <source>The procedure did not succeed: {date} is a day the offices are closed. Choose another follow-up date, for example {next}.</source>
        <extracomment>The refusals of the casework services (``DomainError.key``, see ``services.casework`` and ``services.claiming``) that the order screen says with what to do.</extracomment>
        <translation>La démarche n&apos;a pas abouti&#xa0;: le {date} est un jour de fermeture des bureaux. Choisissez une autre date de relance, par exemple le {next}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="276"/>
        <source>The procedure did not succeed: the follow-up date must be after today. Choose another.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: la date de relance doit être postérieure à aujourd&apos;hui. Choisissez-en une autre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="278"/>
        <source>The procedure did not succeed: mandatory conditions are not met. Reload the order (F5) to see which.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: des conditions obligatoires ne sont pas remplies. Rechargez la commande (F5) pour voir lesquelles.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="281"/>
        <source>The procedure did not succeed: the conditions were never evaluated. Evaluate them (Ctrl+Shift+E), then try again.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: les conditions n&apos;ont jamais été évaluées. Réévaluez-les (Ctrl+Maj+E), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="284"/>
        <source>The procedure did not succeed: this person cannot be given orders (account inactive or without the caseworker role). Choose someone else.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: cette personne ne peut pas recevoir de commandes (compte inactif ou sans rôle de gestionnaire). Choisissez quelqu&apos;un d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/stored_text.py" line="287"/>
        <source>The procedure did not succeed: the order is no longer open for this. Reload it (F5).</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: la commande n&apos;est plus ouverte à cette action. Rechargez-la (F5).</translation>
    </message>
</context>
<context>
    <name>OverviewScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="63"/>
        <source>Overview</source>
        <extracomment>Colours of the delivery clock (also used by the queues): green, orange, red.</extracomment>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="126"/>
        <source>Orders by status</source>
        <translation>Commandes par statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="143"/>
        <source>Delivery clock of open orders</source>
        <translation>Délai de livraison des commandes en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="145"/>
        <source>Counted in working days from the order date: target 7, limit 14.</source>
        <translation>Compté en jours ouvrables depuis la date de commande&#xa0;: objectif 7, limite 14.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="88"/>
        <source>No orders to show</source>
        <translation>Aucune commande à afficher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="88"/>
        <source>There are no orders in the statuses your roles may see.</source>
        <translation>Aucune commande ne se trouve dans les statuts visibles pour vos rôles.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="92"/>
        <source>Figures as of {time}</source>
        <translation>Chiffres au {time}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/overview/screen.py" line="147"/>
        <source>Open orders</source>
        <translation>Commandes en cours</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../ocpm_desk/gui/pdf_preview.py" line="43"/>
        <source>Preview of the letter</source>
        <translation>Aperçu de la lettre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/pdf_preview.py" line="45"/>
        <location filename="../../ocpm_desk/gui/pdf_preview.py" line="92"/>
        <source>No document to show.</source>
        <translation>Aucun document à afficher.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/pdf_preview.py" line="100"/>
        <source>The document could not be shown.</source>
        <translation>Le document n&apos;a pas pu être affiché.</translation>
    </message>
</context>
<context>
    <name>PrintDestinationDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="36"/>
        <source>Print — {count} document(s)</source>
        <translation>Imprimer — {count} document(s)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="37"/>
        <source>The selection goes as one job. Once the print system has accepted it, the orders are ready to ship; a job already handed over cannot be recalled from here.</source>
        <translation>La sélection part en un seul travail d&apos;impression. Dès que le système d&apos;impression l&apos;a accepté, les commandes sont prêtes à expédier ; un travail déjà transmis ne peut pas être rappelé d&apos;ici.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="39"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="44"/>
        <source>P&amp;rinter:</source>
        <translation>Imp&amp;rimante&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="45"/>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="49"/>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="51"/>
        <source>not accepting jobs</source>
        <translation>n&apos;accepte pas de travaux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="56"/>
        <source>This printer does not accept jobs now (stopped or disabled in CUPS).</source>
        <translation>Cette imprimante n&apos;accepte pas de travaux pour le moment (arrêtée ou désactivée dans CUPS).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="59"/>
        <source>PDF &amp;file:</source>
        <translation>&amp;Fichier PDF&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="60"/>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="61"/>
        <source>choose where to save the PDF</source>
        <translation>choisir où enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="62"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="63"/>
        <source>Choose the PDF file</source>
        <translation>Choisir le fichier PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="66"/>
        <source>Printer of this &amp;computer (through Qt)…</source>
        <translation>Imprimante de cet &amp;ordinateur (par Qt)…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="68"/>
        <source>No print system (CUPS) answers: the pages are sent as images through the system&apos;s print dialog.</source>
        <translation>Aucun système d&apos;impression (CUPS) ne répond&#xa0;: les pages sont envoyées comme images par la boîte d&apos;impression du système.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="70"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="82"/>
        <source>C&amp;opies:</source>
        <translation>C&amp;opies&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="103"/>
        <source>Save the batch as PDF</source>
        <translation>Enregistrer le lot en PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="104"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="152"/>
        <source>Choose a printer that accepts jobs.</source>
        <translation>Choisissez une imprimante qui accepte des travaux.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/destination.py" line="155"/>
        <source>Choose the PDF file to write.</source>
        <translation>Choisissez le fichier PDF à écrire.</translation>
    </message>
</context>
<context>
    <name>PrintQueueScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/paper.py" line="66"/>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="60"/>
        <source>To print</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="68"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="69"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="70"/>
        <source>Addressee</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="71"/>
        <source>Town</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="72"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="73"/>
        <source>Registered</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="77"/>
        <source>Documents waiting to be printed</source>
        <translation>Documents en attente d&apos;impression</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="80"/>
        <source>Select documents, then “Preview” (Ctrl+Shift+V).</source>
        <translation>Sélectionnez des documents, puis «&#xa0;Aperçu&#xa0;» (Ctrl+Maj+V).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="96"/>
        <source>{count} document(s) to print</source>
        <translation>{count} document(s) à imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="73"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="73"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="103"/>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="103"/>
        <source>Approved attestations, issued decisions and hearing letters appear here.</source>
        <translation>Les attestations approuvées, les décisions rendues et les lettres d&apos;intention apparaissent ici.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="130"/>
        <source>Select &amp;all</source>
        <translation>Tout &amp;sélectionner</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="131"/>
        <source>Select every document of the list</source>
        <translation>Sélectionner tous les documents de la liste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="132"/>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="133"/>
        <source>The selection merged into one PDF, as it will print</source>
        <translation>La sélection réunie en un seul PDF, telle qu&apos;elle sera imprimée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="135"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="136"/>
        <source>Print the selection as one job, on paper or to a PDF file</source>
        <translation>Imprimer la sélection en un seul travail, sur papier ou dans un fichier PDF</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="163"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="186"/>
        <source>Looking for the printers…</source>
        <translation>Recherche des imprimantes…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="210"/>
        <source>Printing {count} document(s) on {destination}…

Cancel stops waiting for the answer; a job already handed to the print system cannot be recalled.</source>
        <translation>Impression de {count} document(s) sur {destination}…

Annuler cesse d&apos;attendre la réponse&#xa0;; un travail déjà transmis au système d&apos;impression ne peut pas être rappelé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="213"/>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="216"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="237"/>
        <source>Stopped waiting for the print system. A job it has already accepted cannot be recalled from here: look at the printer, then refresh the list (F5) to see what was marked printed.</source>
        <translation>L&apos;attente du système d&apos;impression a été interrompue. Un travail déjà accepté ne peut pas être rappelé d&apos;ici&#xa0;: regardez l&apos;imprimante, puis actualisez la liste (F5) pour voir ce qui a été marqué imprimé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="250"/>
        <source>Job {job} accepted by {destination}: {documents} document(s)</source>
        <translation>Travail {job} accepté par {destination}&#xa0;: {documents} document(s)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="253"/>
        <source>, {pages} page(s)</source>
        <translation>, {pages} page(s)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="256"/>
        <source>Now ready to ship: {references}.</source>
        <translation>Désormais prêtes à expédier&#xa0;: {references}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="259"/>
        <source>Hearing letters marked printed: {references}.</source>
        <translation>Lettres d&apos;intention marquées imprimées&#xa0;: {references}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="277"/>
        <source>Preparing the documents…</source>
        <translation>Préparation des documents…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="286"/>
        <source>Printing cancelled: nothing was printed.</source>
        <translation>Impression annulée&#xa0;: rien n&apos;a été imprimé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="292"/>
        <source>The procedure did not succeed: {reason}. Nothing was marked printed.</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: {reason}. Rien n&apos;a été marqué imprimé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/printing.py" line="300"/>
        <source>{pages} page(s) sent to {printer}; recording…</source>
        <translation>{pages} page(s) envoyée(s) à {printer}&#xa0;; enregistrement…</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="129"/>
        <source>Demo</source>
        <extracomment>The label of a server profile (``ProfileChoice.label``, an English source string), translated.</extracomment>
        <translation>Démo</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="130"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="131"/>
        <source>Central</source>
        <translation>Central</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/bootstrap.py" line="121"/>
        <source>{profile} — {where}</source>
        <extracomment>What this module hands on from ``ocpm_desk.wiring`` when asked (imports of earlier versions keep working).</extracomment>
        <translation>{profile} — {where}</translation>
    </message>
</context>
<context>
    <name>QuarantineScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="62"/>
        <source>{first} (+{count} more)</source>
        <translation>{first} (+{count} autre(s))</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="82"/>
        <source>Quarantine</source>
        <translation>Quarantaine</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="86"/>
        <source>Show r&amp;esolved lines too</source>
        <translation>Afficher aussi les lignes ré&amp;solues</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="87"/>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="263"/>
        <source>Show resolved lines too</source>
        <translation>Afficher aussi les lignes résolues</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="88"/>
        <source>Resolved lines with who resolved them, when and why (Ctrl+H)</source>
        <translation>Les lignes résolues, avec qui les a résolues, quand et pourquoi (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="93"/>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="191"/>
        <source>No line waiting in the quarantine: every line of the files imported became an order or was resolved.</source>
        <translation>Aucune ligne en attente dans la quarantaine&#xa0;: chaque ligne des fichiers importés est devenue une commande ou a été résolue.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="101"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="102"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="103"/>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="122"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="104"/>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="123"/>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="106"/>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="131"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="108"/>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="123"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="111"/>
        <source>Quarantined lines</source>
        <translation>Lignes en quarantaine</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="122"/>
        <source>File and line</source>
        <translation>Fichier et ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="132"/>
        <source>Reasons of the quarantine</source>
        <translation>Motifs de la mise en quarantaine</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="140"/>
        <source>The line as received (card numbers masked)</source>
        <translation>La ligne telle que reçue (numéros de carte masqués)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="142"/>
        <source>Text of the quarantined line, card numbers masked</source>
        <translation>Texte de la ligne en quarantaine, numéros de carte masqués</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="174"/>
        <source>{open} line(s) waiting, {total} in all</source>
        <translation>{open} ligne(s) en attente, {total} au total</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="179"/>
        <source>the {count} newest shown</source>
        <translation>les {count} plus récentes affichées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="189"/>
        <source>No line was ever quarantined.</source>
        <translation>Aucune ligne n&apos;a jamais été mise en quarantaine.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="198"/>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="208"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="199"/>
        <source>Resolved on {date} by {user}</source>
        <translation>Résolue le {date} par {user}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="209"/>
        <source>Resolved ({user}, {date})</source>
        <translation>Résolue ({user}, {date})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="247"/>
        <source>Choose a line to see it in full.</source>
        <translation>Choisissez une ligne pour la voir en entier.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="249"/>
        <source>{file}, line {line}</source>
        <translation>{file}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="251"/>
        <source>not readable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="202"/>
        <source>Note: {note}</source>
        <translation>Note&#xa0;: {note}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="260"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Résoudre…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="261"/>
        <source>Close the selected line with a note saying what was done</source>
        <translation>Clore la ligne choisie avec une note disant ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="265"/>
        <source>Resolved lines with who resolved them, when and why</source>
        <translation>Les lignes résolues, avec qui les a résolues, quand et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="296"/>
        <source>Another action is still on its way; try again in a moment.</source>
        <translation>Une autre action est encore en cours&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/quarantine.py" line="309"/>
        <source>Line {line} of {file} resolved.</source>
        <translation>Ligne {line} de {file} résolue.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="61"/>
        <source>Reference</source>
        <extracomment>A refresh reads again the pages last used (the view shows one or two) and those around the selection, at most:</extracomment>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="62"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="63"/>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="64"/>
        <source>Paid on</source>
        <translation>Payée le</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="65"/>
        <source>Working days</source>
        <translation>Jours ouvrables</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="66"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="67"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="448"/>
        <source>Click to sort by this column</source>
        <translation>Cliquer pour trier selon cette colonne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_model.py" line="450"/>
        <source>Working days since the order (delivery clock)</source>
        <translation>Jours ouvrables depuis la commande (délai de livraison)</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="48"/>
        <source>To process</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="49"/>
        <source>My orders</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="50"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="51"/>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="102"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="140"/>
        <source>Nothing to process</source>
        <translation>Rien à traiter</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="141"/>
        <source>Every paid order has been taken. New ones appear here by themselves.</source>
        <translation>Toutes les commandes payées ont été prises. Les nouvelles apparaissent ici d&apos;elles-mêmes.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="142"/>
        <source>You have no order in progress</source>
        <translation>Vous n&apos;avez aucun dossier en cours</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="143"/>
        <source>Take the next order waiting with “Claim the next one” (Ctrl+Shift+N).</source>
        <translation>Prenez la commande suivante avec «&#xa0;Prendre la suivante&#xa0;» (Ctrl+Maj+N).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="145"/>
        <source>No order on hold</source>
        <translation>Aucune commande en attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="146"/>
        <source>No order matches</source>
        <translation>Aucune commande ne correspond</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="146"/>
        <source>Change the search or the filters.</source>
        <translation>Modifiez la recherche ou les filtres.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="151"/>
        <source>Paid orders nobody has taken yet, the oldest payment first</source>
        <translation>Commandes payées que personne n&apos;a encore prises, le paiement le plus ancien d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="152"/>
        <source>Orders assigned to you, in review or with a refusal proposed</source>
        <translation>Commandes qui vous sont attribuées, en examen ou avec un refus proposé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="153"/>
        <source>Orders put on hold, waiting for a document or an answer</source>
        <translation>Commandes mises en attente d&apos;un document ou d&apos;une réponse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="154"/>
        <source>Every order, the newest first: search by reference, name or AVS number</source>
        <translation>Toutes les commandes, les plus récentes d&apos;abord&#xa0;: recherche par référence, nom ou n° AVS</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="188"/>
        <source>No order</source>
        <translation>Aucune commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="190"/>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queues.py" line="192"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="59"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="60"/>
        <source>Reference, last name or AVS number</source>
        <translation>Référence, nom de famille ou n° AVS</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="63"/>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="64"/>
        <source>All services</source>
        <translation>Toutes les prestations</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="67"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="68"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="72"/>
        <source>Delivery clock</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="84"/>
        <source>Paid from date</source>
        <translation>Payée à partir du</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="87"/>
        <source>Paid to date</source>
        <translation>Payée jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="90"/>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="91"/>
        <source>Search with these filters (Enter)</source>
        <translation>Rechercher avec ces filtres (Entrée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="89"/>
        <source>Claim the &amp;next one</source>
        <translation>Prendre la &amp;suivante</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="90"/>
        <source>Take the order waiting longest and put it in My orders</source>
        <translation>Prendre la commande qui attend depuis le plus longtemps et la mettre dans Mes dossiers</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="91"/>
        <source>&amp;Claim</source>
        <translation>&amp;Prendre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="92"/>
        <source>Take the selected orders</source>
        <translation>Prendre les commandes sélectionnées</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="94"/>
        <source>Re&amp;lease</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="95"/>
        <source>Give the selected orders back to “To process”</source>
        <translation>Rendre les commandes sélectionnées à «&#xa0;À traiter&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="130"/>
        <source>&amp;Orders</source>
        <translation>&amp;Commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="163"/>
        <source>Taking the next order…</source>
        <translation>Prise de la commande suivante…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="169"/>
        <source>Order {reference} taken: it is in My orders.</source>
        <translation>Commande {reference} prise&#xa0;: elle est dans Mes dossiers.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="177"/>
        <source>No paid order is waiting: nothing to take.</source>
        <translation>Aucune commande payée n&apos;attend&#xa0;: rien à prendre.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="192"/>
        <source>Claim</source>
        <translation>Prendre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="195"/>
        <source>Release</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="186"/>
        <source>Select at most {count} orders for one action.</source>
        <translation>Sélectionnez au plus {count} commandes pour une action.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="242"/>
        <source>Working on {count} orders…</source>
        <translation>Traitement de {count} commandes…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="257"/>
        <source>{done} of {count} orders done.</source>
        <translation>{done} commande(s) sur {count} traitée(s).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="277"/>
        <source>released</source>
        <translation>libéré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="278"/>
        <source>taken</source>
        <translation>pris</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="280"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="282"/>
        <source>changed by {person} meanwhile</source>
        <translation>modifié entre-temps par {person}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="283"/>
        <source>already taken by {person} (changed meanwhile)</source>
        <translation>déjà pris par {person} (modifié entre-temps)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="286"/>
        <source>not allowed: your roles do not allow this</source>
        <translation>non autorisé&#xa0;: vos rôles ne le permettent pas</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="292"/>
        <source>not allowed: the order is “{status}”</source>
        <translation>non autorisé&#xa0;: la commande est «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="73"/>
        <source>Delivery clock of open orders (working days since the order)</source>
        <translation>Délai de livraison des commandes ouvertes (jours ouvrables depuis la commande)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="75"/>
        <source>Any delivery clock</source>
        <translation>Tous les délais</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="82"/>
        <source>&amp;Paid from</source>
        <translation>Payée &amp;du</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_filters.py" line="85"/>
        <source>&amp;to</source>
        <translation>a&amp;u</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="97"/>
        <source>Assi&amp;gn…</source>
        <translation>Attri&amp;buer…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="98"/>
        <source>Give the selected orders to a caseworker (or take them from one)</source>
        <translation>Confier les commandes sélectionnées à un gestionnaire (ou les lui reprendre)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="208"/>
        <source>Assign {reference}</source>
        <translation>Attribuer {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="212"/>
        <source>Assign {count} orders</source>
        <translation>Attribuer {count} commandes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="209"/>
        <source>Choose who takes order {reference}.</source>
        <translation>Choisissez qui prend la commande {reference}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="213"/>
        <source>Choose who takes the {count} selected orders. Each order gets its own result.</source>
        <translation>Choisissez qui prend les {count} commandes sélectionnées. Chaque commande reçoit son propre résultat.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="227"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/queue_actions.py" line="275"/>
        <source>assigned to {person}</source>
        <translation>attribué à {person}</translation>
    </message>
</context>
<context>
    <name>RefusalEditor</name>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="93"/>
        <source>Hearing letter</source>
        <translation>Lettre d&apos;intention</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="93"/>
        <source>Refusal decision</source>
        <translation>Décision de refus</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="104"/>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="159"/>
        <source>The preview of the letter appears here.</source>
        <translation>L&apos;aperçu de la lettre apparaît ici.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="124"/>
        <source>Order {reference}</source>
        <translation>Commande {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="140"/>
        <source>Load the order&apos;s situation again; what you typed stays (F5)</source>
        <translation>Relire la situation de la commande&#xa0;; votre saisie est conservée (F5)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="165"/>
        <source>&amp;Send the hearing letter…</source>
        <translation>&amp;Envoyer la lettre d&apos;intention…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="166"/>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="351"/>
        <source>&amp;Submit to a supervisor…</source>
        <translation>&amp;Soumettre à un responsable…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="178"/>
        <source>⚠ Decision addressed abroad: notification by post is not valid everywhere.</source>
        <translation>⚠ Décision adressée à l&apos;étranger&#xa0;: la notification postale n&apos;est pas valable partout.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/grounds.py" line="34"/>
        <source>&amp;Grounds</source>
        <translation>&amp;Motifs</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/grounds.py" line="37"/>
        <source>Grounds of the catalogue (Space ticks)</source>
        <translation>Motifs du catalogue (Espace coche)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/grounds.py" line="46"/>
        <source>&amp;Paragraph of the ground:</source>
        <translation>&amp;Paragraphe du motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/grounds.py" line="49"/>
        <source>Paragraph of the chosen ground</source>
        <translation>Paragraphe du motif choisi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="194"/>
        <source>&amp;Facts</source>
        <translation>&amp;Faits</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="196"/>
        <source>Facts, in order (F2 edits a line)</source>
        <translation>Faits, dans l&apos;ordre (F2 modifie une ligne)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="209"/>
        <source>Free te&amp;xt (optional):</source>
        <translation>Te&amp;xte libre (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="212"/>
        <source>Free text of the letter</source>
        <translation>Texte libre de la lettre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/grounds.py" line="81"/>
        <source>Suggested: the condition this ground answers is not met.</source>
        <translation>Suggéré&#xa0;: la condition à laquelle répond ce motif n&apos;est pas remplie.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="263"/>
        <source>Right to be heard: {state}</source>
        <translation>Droit d&apos;être entendu&#xa0;: {state}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="266"/>
        <source>Returned by the supervisor: {comment}</source>
        <translation>Retournée par le responsable&#xa0;: {comment}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/grounds.py" line="134"/>
        <source>Legal basis: {basis}</source>
        <translation>Base légale&#xa0;: {basis}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/grounds.py" line="135"/>
        <source>tick the ground to use it</source>
        <translation>cochez le motif pour l&apos;utiliser</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/letter_preview.py" line="93"/>
        <source>No preview: {reason}</source>
        <extracomment>The draft on screen now, or None while there is nothing to preview (no order loaded). A job for a worker that renders a draft as the letter it would be (a PDF).</extracomment>
        <translation>Pas d&apos;aperçu&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="111"/>
        <source>The draft could not be saved: {reason}</source>
        <translation>Le brouillon n&apos;a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="120"/>
        <source>Draft saved at {time}</source>
        <translation>Brouillon enregistré à {time}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="140"/>
        <source>The applicant has already been heard on this order.</source>
        <translation>Le requérant a déjà été entendu sur cette commande.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="151"/>
        <source>Cannot be sent yet:</source>
        <translation>Pas encore possible&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="158"/>
        <source>Send the hearing letter: the order waits for the applicant&apos;s comments (Ctrl+Return)</source>
        <translation>Envoyer la lettre d&apos;intention&#xa0;: la commande attend les observations du requérant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="160"/>
        <source>Propose the refusal to a supervisor, who approves or returns it (Ctrl+Return)</source>
        <translation>Proposer le refus à un responsable, qui l&apos;approuve ou le retourne (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="174"/>
        <source>Send the hearing letter — {reference}</source>
        <translation>Envoyer la lettre d&apos;intention — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="175"/>
        <source>The hearing letter is kept with the order and the order waits on hold until the time to comment is over. Send it?</source>
        <translation>La lettre d&apos;intention est conservée avec la commande, qui reste en attente jusqu&apos;à l&apos;échéance du délai pour se déterminer. L&apos;envoyer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="176"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="179"/>
        <source>Submit the refusal — {reference}</source>
        <translation>Soumettre le refus — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="180"/>
        <source>The refusal of order {reference} goes to a supervisor, who approves (signs) or returns it. You can no longer change it meanwhile. Submit it?</source>
        <translation>Le refus de la commande {reference} part chez un responsable, qui l&apos;approuve (signe) ou le retourne. Vous ne pourrez plus le modifier entre-temps. Le soumettre&#xa0;?</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="183"/>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="208"/>
        <source>Hearing letter of order {reference} recorded: the order waits for the applicant&apos;s comments.</source>
        <translation>Lettre d&apos;intention de la commande {reference} enregistrée&#xa0;: la commande attend les observations du requérant.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="212"/>
        <source>Refusal of order {reference} submitted to a supervisor.</source>
        <translation>Refus de la commande {reference} soumis à un responsable.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="220"/>
        <source>Order {reference} was changed by {person} meanwhile. Its situation has been reloaded; your text is kept: check it, then submit again.</source>
        <translation>La commande {reference} a été modifiée entre-temps par {person}. Sa situation a été rechargée&#xa0;; votre texte est conservé&#xa0;: vérifiez-le, puis soumettez à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="224"/>
        <source>someone else</source>
        <translation>quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="229"/>
        <location filename="../../ocpm_desk/gui/refusals/draft_work.py" line="232"/>
        <source>The procedure did not succeed: {reason}</source>
        <translation>La démarche n&apos;a pas abouti&#xa0;: {reason}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="349"/>
        <source>&amp;Back to the order</source>
        <translation>&amp;Retour à la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="350"/>
        <source>Back to the order; the draft is saved</source>
        <translation>Retour à la commande&#xa0;; le brouillon est enregistré</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="352"/>
        <source>Propose the refusal to a supervisor</source>
        <translation>Proposer le refus à un responsable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="354"/>
        <source>Sa&amp;ve the draft now</source>
        <translation>Enre&amp;gistrer le brouillon maintenant</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="355"/>
        <source>The draft is also saved by itself after each pause</source>
        <translation>Le brouillon s&apos;enregistre aussi de lui-même après chaque pause</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="356"/>
        <source>&amp;Add a fact</source>
        <translation>&amp;Ajouter un fait</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="357"/>
        <source>A new line of facts after the selected one</source>
        <translation>Une nouvelle ligne de faits après celle choisie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="358"/>
        <source>&amp;Remove the fact</source>
        <translation>&amp;Supprimer le fait</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="359"/>
        <source>Remove the selected line of facts</source>
        <translation>Supprimer la ligne de faits choisie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="361"/>
        <source>Move the fact &amp;up</source>
        <translation>Monter le fait (&amp;haut)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="362"/>
        <source>Move the selected fact up</source>
        <translation>Monter le fait choisi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="363"/>
        <source>Move the fact &amp;down</source>
        <translation>Descendre le fait (&amp;bas)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="364"/>
        <source>Move the selected fact down</source>
        <translation>Descendre le fait choisi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="365"/>
        <source>Catalogue &amp;text of the ground</source>
        <translation>&amp;Texte du catalogue pour le motif</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/editor.py" line="367"/>
        <source>Put back the catalogue&apos;s paragraph of the selected ground</source>
        <translation>Remettre le paragraphe du catalogue pour le motif choisi</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/intake/resolve.py" line="25"/>
        <source>Resolve a quarantined line — {file}, line {line}</source>
        <extracomment>The shortest note that resolves a quarantined line (``services.intake`` says the same).</extracomment>
        <translation>Résoudre une ligne en quarantaine — {file}, ligne {line}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/resolve.py" line="27"/>
        <source>Say what was done about this line: for instance, the platform sent the order again corrected, or the applicant was told. The note is kept with the line and in the audit trail.</source>
        <translation>Dites ce qui a été fait pour cette ligne&#xa0;: par exemple, la plateforme a renvoyé la commande corrigée, ou le requérant a été informé. La note est conservée avec la ligne et dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/resolve.py" line="29"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Résoudre</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/resolve.py" line="36"/>
        <source>What was done about the line</source>
        <translation>Ce qui a été fait pour la ligne</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/resolve.py" line="35"/>
        <source>e.g. sent again corrected by the platform on 12.03.2026</source>
        <translation>p. ex. renvoyée corrigée par la plateforme le 12.03.2026</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/resolve.py" line="34"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/intake/resolve.py" line="44"/>
        <source>Say in at least {count} characters what was done about this line.</source>
        <translation>Dites en {count} caractères au moins ce qui a été fait pour cette ligne.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="18"/>
        <source>Record a return — {code}</source>
        <translation>Enregistrer un retour — {code}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="19"/>
        <source>The post brought this envelope back. Say why, as the post&apos;s label says.</source>
        <translation>La poste a rapporté cet envoi. Indiquez pourquoi, comme le dit l&apos;étiquette de la poste.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="20"/>
        <source>&amp;Record the return</source>
        <translation>&amp;Enregistrer le retour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="25"/>
        <source>Reason of the return</source>
        <translation>Motif du retour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="29"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="30"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="30"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/returns.py" line="46"/>
        <source>Say what the reason is in the note.</source>
        <translation>Indiquez le motif dans la note.</translation>
    </message>
</context>
<context>
    <name>ReturnRefusalDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="183"/>
        <source>Return the proposal — {reference}</source>
        <translation>Retourner la proposition — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="184"/>
        <source>The proposal goes back to {author}, with your comment; the order is in review again.</source>
        <translation>La proposition retourne chez {author}, avec votre commentaire&#xa0;; la commande est de nouveau en examen.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="186"/>
        <source>&amp;Return</source>
        <translation>&amp;Retourner</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="191"/>
        <source>what to change, and why</source>
        <translation>ce qu&apos;il faut changer, et pourquoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="190"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Commentaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/refusals/dialogs.py" line="199"/>
        <source>Write a comment for the author: what to change, and why.</source>
        <translation>Écrivez un commentaire pour l&apos;auteur&#xa0;: ce qu&apos;il faut changer, et pourquoi.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="113"/>
        <source>Caseworker</source>
        <extracomment>Roles in the order they are listed (the order of DESIGN §2).</extracomment>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="114"/>
        <source>Supervisor</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="115"/>
        <source>Mail room</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="116"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="117"/>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="118"/>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
</context>
<context>
    <name>SendAgainDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="122"/>
        <source>Send again — {reference}</source>
        <translation>Renvoyer — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="123"/>
        <source>The order goes back to “To ship”. Correct the address if the post&apos;s reason of the return says it is wrong.</source>
        <translation>La commande retourne dans «&#xa0;À expédier&#xa0;». Corrigez l&apos;adresse si le motif de retour de la poste indique qu&apos;elle est fausse.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="125"/>
        <source>&amp;Send again</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="129"/>
        <source>The &amp;same address</source>
        <translation>La &amp;même adresse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="130"/>
        <source>A &amp;corrected address:</source>
        <translation>Une adresse &amp;corrigée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="139"/>
        <source>Salutation:</source>
        <translation>Civilité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="139"/>
        <source>First name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="139"/>
        <source>Last name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="140"/>
        <source>Street:</source>
        <translation>Rue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="140"/>
        <source>Number:</source>
        <translation>Numéro&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="141"/>
        <source>Swiss postcode:</source>
        <translation>NPA suisse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="141"/>
        <source>Foreign postcode:</source>
        <translation>Code postal étranger&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="142"/>
        <source>Town:</source>
        <translation>Localité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="142"/>
        <source>Country (abroad):</source>
        <translation>Pays (à l&apos;étranger)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="176"/>
        <source>A corrected address needs at least the last name, the street and the town.</source>
        <translation>Une adresse corrigée demande au moins le nom, la rue et la localité.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/dialogs.py" line="179"/>
        <source>Give a Swiss postcode, or a foreign postcode with the country.</source>
        <translation>Indiquez un NPA suisse, ou un code postal étranger avec le pays.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="67"/>
        <source>Settings</source>
        <extracomment>The shortcut that opens the dialog, in the login dialog and the main window.</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="77"/>
        <source>Saved settings that were not valid were replaced by their defaults:</source>
        <translation>Des paramètres enregistrés n&apos;étaient pas valables et ont été remplacés par leur valeur par défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="89"/>
        <source>Settings message</source>
        <translation>Message des paramètres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="94"/>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="97"/>
        <source>Profile proposed at login</source>
        <translation>Profil proposé à la connexion</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="101"/>
        <source>&amp;Profile at login:</source>
        <translation>&amp;Profil à la connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="104"/>
        <source>Demo database file</source>
        <translation>Fichier de la base Démo</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="107"/>
        <source>Demo file:</source>
        <translation>Fichier Démo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="110"/>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="266"/>
        <source>Local database file</source>
        <translation>Fichier de la base Locale</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="113"/>
        <source>Empty: the default file in your data folder.</source>
        <translation>Vide&#xa0;: le fichier par défaut de votre dossier de données.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="114"/>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="115"/>
        <source>Choose the Local database file</source>
        <translation>Choisir le fichier de la base Locale</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="120"/>
        <source>&amp;Local file:</source>
        <translation>Fichier &amp;Local&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="122"/>
        <source>Central server host</source>
        <translation>Nom du serveur Central</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="123"/>
        <source>for example {host}</source>
        <translation>par exemple {host}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="124"/>
        <source>Central &amp;server:</source>
        <translation>&amp;Serveur Central&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="125"/>
        <source>Central server port</source>
        <translation>Port du serveur Central</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="128"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="129"/>
        <source>Central database name</source>
        <translation>Nom de la base Centrale</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="130"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="132"/>
        <source>You log in to the Central database as your own user; your password is never stored in a file.</source>
        <translation>Vous vous connectez à la base Centrale sous votre propre utilisateur&#xa0;; votre mot de passe n&apos;est jamais enregistré dans un fichier.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="139"/>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="142"/>
        <source>Default printer</source>
        <translation>Imprimante par défaut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="143"/>
        <source>Default p&amp;rinter:</source>
        <translation>Imprimante par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="147"/>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="150"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="153"/>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="154"/>
        <source>A new language applies at the next start.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="157"/>
        <source>Idle lock in minutes</source>
        <translation>Verrouillage après inactivité, en minutes</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="159"/>
        <source>The database&apos;s setting</source>
        <translation>Réglage de la base de données</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="160"/>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="165"/>
        <source>&amp;Idle lock after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="167"/>
        <source>From 1 to 240 minutes. The database&apos;s setting is the longest allowed: this workstation may only lock sooner.</source>
        <translation>De 1 à 240&#xa0;minutes. Le réglage de la base de données est la durée la plus longue admise&#xa0;: ce poste peut seulement verrouiller plus tôt.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="174"/>
        <source>Saved in {path}</source>
        <translation>Enregistrés dans {path}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="176"/>
        <source>Settings file</source>
        <translation>Fichier des paramètres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="184"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="185"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="188"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="189"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="232"/>
        <source>The print system&apos;s default</source>
        <translation>Imprimante par défaut du système</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="236"/>
        <source>{name} (system default)</source>
        <translation>{name} (défaut du système)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="238"/>
        <source>{name} — not accepting jobs</source>
        <translation>{name} — n&apos;accepte pas de travaux</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="242"/>
        <source>looking for printers…</source>
        <translation>recherche des imprimantes…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="242"/>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="243"/>
        <source>{name} ({note})</source>
        <translation>{name} ({note})</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="251"/>
        <source>No printer found on this workstation: printing then goes through the print dialog or to a PDF file.</source>
        <translation>Aucune imprimante trouvée sur ce poste&#xa0;: l&apos;impression passe alors par la boîte d&apos;impression ou vers un fichier PDF.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="266"/>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="305"/>
        <source>The settings could not be saved: the file {path} cannot be written.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés&#xa0;: le fichier {path} ne peut pas être écrit.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="337"/>
        <source>The profile proposed at login is not one of Demo, Local and Central.</source>
        <translation>Le profil proposé à la connexion n&apos;est ni Démo, ni Local, ni Central.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="338"/>
        <source>The language must be French or English.</source>
        <translation>La langue doit être le français ou l&apos;anglais.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="339"/>
        <source>The default printer&apos;s name is not valid.</source>
        <translation>Le nom de l&apos;imprimante par défaut n&apos;est pas valable.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="341"/>
        <source>The Central server&apos;s address is not valid: enter its host, port and database.</source>
        <translation>L&apos;adresse du serveur Central n&apos;est pas valable&#xa0;: indiquez son hôte, son port et sa base.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="343"/>
        <source>The Local database file is a folder: choose a file name in it.</source>
        <translation>Le fichier de la base Locale est un dossier&#xa0;: choisissez un nom de fichier dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="345"/>
        <source>The Local database file needs a full path (for example {example}).</source>
        <translation>Le fichier de la base Locale doit être indiqué par un chemin complet (par exemple {example}).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="348"/>
        <source>The Local database file cannot be written there: choose a folder you may write to.</source>
        <translation>Le fichier de la base Locale ne peut pas être écrit à cet endroit&#xa0;: choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="350"/>
        <source>Enter the Central server&apos;s host name (the Central profile needs it).</source>
        <translation>Indiquez le nom du serveur Central (le profil Central en a besoin).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="352"/>
        <source>The Central server&apos;s host name may hold only letters, digits, dots and dashes.</source>
        <translation>Le nom du serveur Central ne peut contenir que des lettres, des chiffres, des points et des tirets.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="354"/>
        <source>The port must be a number from 1 to 65535 (PostgreSQL&apos;s usual port is 5432).</source>
        <translation>Le port doit être un nombre de 1 à 65535 (le port habituel de PostgreSQL est 5432).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="355"/>
        <source>Enter the name of the Central database.</source>
        <translation>Indiquez le nom de la base Centrale.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="357"/>
        <source>The Central database&apos;s name may not hold spaces or the signs / ? # @.</source>
        <translation>Le nom de la base Centrale ne peut contenir ni espace ni les signes / ? # @.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="358"/>
        <source>The idle lock must be from 1 to 240 minutes.</source>
        <translation>Le verrouillage doit intervenir après 1 à 240&#xa0;minutes.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/workstation/settings_dialog.py" line="361"/>
        <source>A setting is not valid: {reason}.</source>
        <translation>Un paramètre n&apos;est pas valable&#xa0;: {reason}.</translation>
    </message>
</context>
<context>
    <name>ShippingScreen</name>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="75"/>
        <source>To ship</source>
        <translation>À expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="80"/>
        <source>Scan field</source>
        <translation>Champ de scan</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="28"/>
        <source>Order</source>
        <extracomment>The card&apos;s lines, top to bottom (each value label is named ``scan_&lt;key&gt;``). The card&apos;s line names (``CARD_NAMES.translated()``: in the current language).</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="29"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="30"/>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="96"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="31"/>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="97"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="32"/>
        <source>Postage</source>
        <translation>Affranchissement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="33"/>
        <source>Registered</source>
        <translation>Recommandé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="91"/>
        <source>Shipped and returned today at this desk</source>
        <translation>Expédiés et retournés aujourd&apos;hui à ce poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="94"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="95"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="98"/>
        <source>Item number</source>
        <translation>Numéro d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="99"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="101"/>
        <source>Items shipped today</source>
        <translation>Envois expédiés aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="110"/>
        <source>Scan an order, then its item number; Enter ships it.</source>
        <translation>Scannez une commande, puis son numéro d&apos;envoi&#xa0;; Entrée l&apos;expédie.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="116"/>
        <source>&amp;Return mode</source>
        <translation>Mode &amp;retour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="117"/>
        <source>Scan returned envelopes instead of shipping</source>
        <translation>Scanner les envois retournés au lieu d&apos;expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="119"/>
        <source>&amp;Scan field</source>
        <translation>Champ de &amp;scan</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="120"/>
        <source>Put the cursor back in the scan field</source>
        <translation>Remettre le curseur dans le champ de scan</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="121"/>
        <source>&amp;Deposit list of the day</source>
        <translation>Liste de &amp;dépôt du jour</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="123"/>
        <source>The list of today&apos;s registered items for the post office</source>
        <translation>La liste des envois recommandés du jour pour l&apos;office de poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="125"/>
        <source>&amp;Import tracking…</source>
        <translation>&amp;Importer le suivi…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="126"/>
        <source>Read the post&apos;s tracking file (CSV): deliveries and attempts</source>
        <translation>Lire le fichier de suivi de la poste (CSV)&#xa0;: distributions et avis de passage</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="128"/>
        <source>C&amp;lear the message</source>
        <translation>Effacer &amp;le message</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="129"/>
        <source>Clear the message under the scan field</source>
        <translation>Effacer le message sous le champ de saisie</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="298"/>
        <source>Return of {reference} recorded ({reason}); back to shipping.</source>
        <translation>Retour de {reference} enregistré ({reason})&#xa0;; retour à l&apos;expédition.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="73"/>
        <source>Return: scan the order barcode or the item number of the returned envelope</source>
        <translation>Retour&#xa0;: scannez le code-barres de la commande ou le numéro d&apos;envoi du pli retourné</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="76"/>
        <source>Scan the order barcode</source>
        <translation>Scannez le code-barres de la commande</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="78"/>
        <source>Registered: scan the item number of {reference}</source>
        <translation>Recommandé&#xa0;: scannez le numéro d&apos;envoi de {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="80"/>
        <source>Enter ships {reference} (or scan the next order)</source>
        <translation>Entrée expédie {reference} (ou scannez la commande suivante)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="55"/>
        <source>yes — scan the item number</source>
        <translation>oui — scannez le numéro d&apos;envoi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="57"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/scan_card.py" line="59"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="208"/>
        <source>Scan the item number of {reference} first.</source>
        <translation>Scannez d&apos;abord le numéro d&apos;envoi de {reference}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="211"/>
        <source>{reference} was not shipped: it still needs its item number.</source>
        <translation>{reference} n&apos;a pas été expédiée&#xa0;: il manque encore son numéro d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="235"/>
        <source>{reference}: registered ({product}), scan its item number.</source>
        <translation>{reference}&#xa0;: recommandé ({product}), scannez son numéro d&apos;envoi.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="238"/>
        <source>{reference}: {product}, press Enter to ship.</source>
        <translation>{reference}&#xa0;: {product}, appuyez sur Entrée pour expédier.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="247"/>
        <source>{reference}{number} shipped.</source>
        <translation>{reference}{number} expédiée.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="252"/>
        <source>{count} item(s) handled today at this desk</source>
        <translation>{count} envoi(s) traité(s) aujourd&apos;hui à ce poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="265"/>
        <source>Nothing was shipped: scan the item number again, or another order.</source>
        <translation>Rien n&apos;a été expédié&#xa0;: scannez à nouveau le numéro d&apos;envoi, ou une autre commande.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="267"/>
        <source>Nothing was shipped.</source>
        <translation>Rien n&apos;a été expédié.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="269"/>
        <source>The codes scanned after it were ignored: scan them again.</source>
        <translation>Les codes scannés ensuite ont été ignorés&#xa0;: scannez-les à nouveau.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="318"/>
        <source>Preparing the deposit list…</source>
        <translation>Préparation de la liste de dépôt…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="325"/>
        <source>Deposit list of {day}: {items} registered item(s).</source>
        <translation>Liste de dépôt du {day}&#xa0;: {items} envoi(s) recommandé(s).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="335"/>
        <source>Import the tracking file</source>
        <translation>Importer le fichier de suivi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="336"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="348"/>
        <source>Importing the tracking file…</source>
        <translation>Import du fichier de suivi…</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="350"/>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/tracking.py" line="29"/>
        <source>Tracking imported: {lines} line(s), {recorded} event(s) recorded, {delivered} delivery(ies).</source>
        <translation>Suivi importé&#xa0;: {lines} ligne(s), {recorded} événement(s) enregistré(s), {delivered} distribution(s).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/tracking.py" line="34"/>
        <source>Unknown item numbers: {items}.</source>
        <translation>Numéros d&apos;envoi inconnus&#xa0;: {items}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/tracking.py" line="37"/>
        <source>Lines not read: {lines}.</source>
        <translation>Lignes non lues&#xa0;: {lines}.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/mailroom/shipping.py" line="364"/>
        <source>The file could not be read: {reason}</source>
        <translation>Le fichier n&apos;a pas pu être lu&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="41"/>
        <location filename="../../ocpm_desk/gui/help.py" line="56"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="52"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="53"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/help.py" line="69"/>
        <source>Every action of the main window can be reached from the keyboard.</source>
        <translation>Toutes les actions de la fenêtre principale sont accessibles au clavier.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="48"/>
        <source>Awaiting payment</source>
        <translation>À payer</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="49"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="50"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="51"/>
        <source>In review</source>
        <translation>En examen</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="52"/>
        <source>On hold</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="53"/>
        <source>Refusal proposed</source>
        <translation>Refus proposé</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="54"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="55"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="56"/>
        <source>Ready to ship</source>
        <translation>Prête à expédier</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="57"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="58"/>
        <source>Delivered</source>
        <translation>Distribuée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="59"/>
        <source>Returned</source>
        <translation>Retournée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="60"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="93"/>
        <source>Payment</source>
        <extracomment>The statuses grouped by stage of the lifecycle, in the order the overview shows them. The stages&apos; names (``STATUS_STAGES``).</extracomment>
        <translation>Paiement</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="94"/>
        <source>Review</source>
        <translation>Examen</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="95"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/labels.py" line="96"/>
        <source>Shipping</source>
        <translation>Expédition</translation>
    </message>
</context>
<context>
    <name>WindowLock</name>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="372"/>
        <source>Locked at {time} after {minutes} min without activity.</source>
        <translation>Verrouillée à {time} après {minutes}&#xa0;min sans activité.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/accounts/idle_lock.py" line="379"/>
        <source>Locked at {time}.</source>
        <translation>Verrouillée à {time}.</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="114"/>
        <source>Record a withdrawal — {reference}</source>
        <translation>Enregistrer un retrait — {reference}</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="115"/>
        <source>Record the applicant&apos;s written withdrawal. The order ends here; nothing is sent.</source>
        <translation>Enregistrez le retrait écrit du demandeur. La commande s&apos;arrête ici&#xa0;; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="116"/>
        <source>&amp;Record the withdrawal</source>
        <translation>&amp;Enregistrer le retrait</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="121"/>
        <source>The fee is kept: the {amount} paid are not refunded (general terms: a paid order is definitive).</source>
        <translation>L&apos;émolument reste acquis&#xa0;: les {amount} payés ne sont pas remboursés (conditions générales&#xa0;: une commande payée est définitive).</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="128"/>
        <source>e.g. letter of 12.03.2026 received by post</source>
        <translation>p. ex. lettre du 12.03.2026 reçue par la poste</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="127"/>
        <source>&amp;Written withdrawal:</source>
        <translation>Retrait &amp;écrit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../ocpm_desk/gui/casework/dialogs.py" line="137"/>
        <source>Say when and how the applicant withdrew (at least {count} characters).</source>
        <translation>Indiquez quand et comment le demandeur s&apos;est retiré (au moins {count} caractères).</translation>
    </message>
</context>
</TS>
